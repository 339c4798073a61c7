import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { LocationCard } from '@/components/LocationCard'
import { PageHeader } from '@/components/ui/PageHeader'
import { yearOf } from '@/lib/format'
import { langOf } from '@/lib/i18n/fallback'
import { INTL_LOCALES } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { documentPath } from '@/lib/paths'
import { getLocations } from '@/lib/queries/locations'
import { pageMetadata } from '@/lib/seo'
import { slugify } from '@/lib/slugify'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('locations.title'), description: t('locations.description'), path: '/locaties', locale })
}

function groupByNeighbourhood<T extends { neighbourhood: string }>(items: T[], intlLocale: string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.neighbourhood, [...(groups.get(item.neighbourhood) ?? []), item])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, intlLocale))
}

export default async function LocationsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const locations = await getLocations(locale)
  const current = locations.filter((location) => isCurrentLocation(location))
  const huiskamers = current.filter(isHuiskamer)
  const otherPlaces = current.filter((location) => !isHuiskamer(location))
  const former = locations
    .filter((location) => !isCurrentLocation(location))
    .sort((a, b) => (b.activeUntil ?? '').localeCompare(a.activeUntil ?? ''))
  const pathOf = (slug: string) => localePath(locale, documentPath('locations', slug))

  return (
    <>
      <PageHeader title={t('locations.title')} intro={t('locations.intro')} />
      {groupByNeighbourhood(huiskamers, INTL_LOCALES[locale]).map(([neighbourhood, items]) => (
        <section key={neighbourhood} aria-labelledby={`wijk-${slugify(neighbourhood)}`} className="mb-10">
          <h2 id={`wijk-${slugify(neighbourhood)}`} className="text-2xl">
            {neighbourhood}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {items.map((location) => (
              <li key={location.id}>
                <LocationCard location={location} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {otherPlaces.length > 0 && (
        <section aria-labelledby="andere-plekken" className="mb-10">
          <h2 id="andere-plekken" className="text-2xl">
            {t('locations.otherPlaces')}
          </h2>
          <ul className="mt-3 space-y-2">
            {otherPlaces.map((location) => (
              <li key={location.id}>
                <Link href={pathOf(location.slug)}>{location.name}</Link> ({location.neighbourhood})
                {location.summary && (
                  <span className="block text-muted" lang={langOf(location, 'summary')}>
                    {location.summary}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="vroeger" className="max-w-prose">
        <h2 id="vroeger" className="text-2xl">
          {t('locations.former')}
        </h2>
        <p className="mt-2 text-muted">{t('locations.formerIntro')}</p>
        <ul className="mt-3 space-y-2">
          {former.map((location) => {
            const from = yearOf(location.activeFrom)
            const until = yearOf(location.activeUntil)
            return (
              <li key={location.id}>
                <Link href={pathOf(location.slug)}>{location.name}</Link> ({location.neighbourhood},{' '}
                {from ? <bdi dir="ltr">{t('locations.years', { from: String(from), until: String(until) })}</bdi> : t('locations.until', { year: String(until) })})
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}
