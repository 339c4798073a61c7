import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { ClosureList, OpeningHoursTable } from '@/components/OpeningHoursTable'
import { OpenNow } from '@/components/OpenNow.client'
import { RelatedPosts } from '@/components/RelatedPosts'
import { RichText } from '@/components/RichText'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { UntranslatedNote } from '@/components/UntranslatedNote'
import { formatDate, formatMonth, telHref } from '@/lib/format'
import { langOf } from '@/lib/i18n/fallback'
import { MESSAGES, translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale } from '@/lib/i18n/route'
import { statusWords } from '@/lib/i18n/status-words'
import { fullAddress, isCurrentLocation, routeUrl, scheduleOf } from '@/lib/locations'
import { amsterdamWallClock, closureOn } from '@/lib/opening-hours'
import { documentPath } from '@/lib/paths'
import { getLocationBySlug, getLocations } from '@/lib/queries/locations'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { pageMetadata } from '@/lib/seo'
import { locationJsonLd } from '@/lib/structured-data'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateStaticParams() {
  // Called once per language of the layout's params: the slugs are the same in every language.
  const locations = await getLocations('nl')
  return locations.map((location) => ({ slug: location.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await loadPageDocument('locations', params, getLocationBySlug)
  if (!location) return {}
  const locale = await pageLocale(params)
  return pageMetadata({
    title: location.name,
    description:
      location.summary ??
      translator(locale)('location.description', { name: location.name, neighbourhood: location.neighbourhood, address: fullAddress(location) }),
    path: documentPath('locations', location.slug),
    locale,
  })
}

export default async function LocationPage({ params }: Props) {
  const location = await requirePageDocument('locations', params, getLocationBySlug)
  const locale = await pageLocale(params)
  const t = translator(locale)
  const { slots, closures } = scheduleOf(location)
  const current = isCurrentLocation(location)
  const partners = (location.partners ?? []).filter((partner) => typeof partner === 'object')
  const photo = typeof location.photo === 'object' ? location.photo : null
  const summaryLang = langOf(location, 'summary')

  return (
    <article>
      <JsonLd data={locationJsonLd(location)} />
      <PageHeader title={location.name} intro={location.summary ? <span lang={summaryLang}>{location.summary}</span> : undefined}>
        <p className="mt-3 flex flex-wrap gap-2">
          <Badge>{location.neighbourhood}</Badge>
          {!current && location.activeUntil && <Badge tone="accent">{t('location.closedSince', { month: formatMonth(location.activeUntil, locale) })}</Badge>}
        </p>
        {summaryLang && <UntranslatedNote locale={locale} />}
        <ReadAloud words={MESSAGES[locale].readAloud} />
      </PageHeader>

      {!current && (
        <p className="mb-6 max-w-prose rounded-md border border-line bg-surface p-4">
          {t('location.formerNotice')} <Link href={localePath(locale, '/locaties')}>{t('location.formerLink')}</Link>.
        </p>
      )}

      {current && location.whatToExpect && (
        <section aria-labelledby="verwachten" className="mb-8 max-w-prose rounded-lg bg-brand-soft p-5">
          <h2 id="verwachten" className="text-2xl">
            {t('location.whatToExpect')}
          </h2>
          {langOf(location, 'whatToExpect') && <UntranslatedNote locale={locale} />}
          <p className="mt-2" lang={langOf(location, 'whatToExpect')}>
            {location.whatToExpect}
          </p>
        </section>
      )}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="adres">
          <h2 id="adres" className="text-2xl">
            {t('location.address')}
          </h2>
          <address className="mt-2 not-italic">
            {location.address.street}
            <br />
            {[location.address.postcode, location.address.city].filter(Boolean).join(' ')}
          </address>
          {current && (
            <p className="no-print mt-2">
              <a href={routeUrl(location)} rel="noopener">
                {t('location.route')}
                <span className="sr-only"> {t('location.otherSite')}</span>
              </a>
            </p>
          )}
          {(location.phone || location.email) && (
            <>
              <h3 className="mt-4 font-semibold">{t('location.contact')}</h3>
              <ul>
                {location.phone && (
                  <li>
                    {t('location.phone')}:{' '}
                    <a href={telHref(location.phone)}>
                      <bdi dir="ltr">{location.phone}</bdi>
                    </a>
                  </li>
                )}
                {location.email && (
                  <li>
                    {t('location.email')}: <a href={`mailto:${location.email}`}>{location.email}</a>
                  </li>
                )}
              </ul>
            </>
          )}
          {location.accessibility && (
            <>
              <h3 className="mt-4 font-semibold">{t('location.accessibility')}</h3>
              {langOf(location, 'accessibility') && <UntranslatedNote locale={locale} />}
              <p lang={langOf(location, 'accessibility')}>{location.accessibility}</p>
            </>
          )}
        </section>

        {current && slots.length > 0 && (
          <section aria-labelledby="openingstijden" className="space-y-3">
            <h2 id="openingstijden" className="text-2xl">
              {t('location.hours')}
            </h2>
            <OpenNow slots={slots} closures={closures} words={statusWords(locale)} />
            <ClosureList closures={closures} locale={locale} />
            <OpeningHoursTable
              slots={slots}
              locale={locale}
              caption={closureOn(closures, amsterdamWallClock(new Date()).date) ? t('location.everyWeekAfterClosure') : t('location.everyWeek')}
            />
            {location.hoursCheckedAt && <p className="text-sm text-muted">{t('location.hoursChecked', { date: formatDate(location.hoursCheckedAt, locale) })}</p>}
            <p className="no-print">
              <a href={`${documentPath('locations', location.slug)}/agenda.ics`}>{t('location.calendar')}</a>
              <span className="text-muted"> {t('location.calendarNote')}</span>
            </p>
          </section>
        )}
      </div>

      {photo && <MediaImage media={photo} variant="photo" sizes="(min-width: 68rem) 68rem, 100vw" className="mt-8 h-auto w-full rounded-lg" />}

      {location.description && (
        <section aria-labelledby="over" className="mt-8">
          <h2 id="over" className="text-2xl">
            {t('location.about')}
          </h2>
          {langOf(location, 'description') && <UntranslatedNote locale={locale} />}
          <div className="mt-2" lang={langOf(location, 'description')}>
            <RichText data={location.description} />
          </div>
        </section>
      )}

      {partners.length > 0 && (
        <section aria-labelledby="partners" className="mt-8">
          <h2 id="partners" className="text-2xl">
            {t('location.together')}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {partners.map((partner) => (
              <li key={partner.id}>
                <Link href={`${localePath(locale, '/partners')}#${partner.slug}`}>{partner.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <RelatedPosts field="locations" id={location.id} locale={locale} />
    </article>
  )
}
