import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { HelpNumbers } from '@/components/HelpNumbers'
import { PageHeader } from '@/components/ui/PageHeader'
import { telHref } from '@/lib/format'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { fullAddress, isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { documentPath } from '@/lib/paths'
import { getLocations } from '@/lib/queries/locations'
import { getSiteSettings } from '@/lib/queries/organisation'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('contact.title'), description: t('contact.description'), path: '/contact', locale })
}

export default async function ContactPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const [settings, locations] = await Promise.all([getSiteSettings(locale), getLocations(locale)])
  const huiskamers = locations.filter((location) => isHuiskamer(location) && isCurrentLocation(location))
  const hasDirectContact = Boolean(settings.phone || settings.email || settings.postalAddress)
  return (
    <>
      <PageHeader title={t('contact.title')} intro={t('contact.intro')} />
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="huiskamers">
          <h2 id="huiskamers" className="text-2xl">
            {t('contact.visit')}
          </h2>
          <ul className="mt-3 space-y-3">
            {huiskamers.map((location) => (
              <li key={location.id}>
                <Link href={localePath(locale, documentPath('locations', location.slug))}>{location.name}</Link>
                <span className="block text-muted">
                  {location.neighbourhood}, {fullAddress(location)}
                </span>
              </li>
            ))}
          </ul>
          {hasDirectContact && (
            <>
              <h2 className="mt-8 text-2xl">{t('contact.direct')}</h2>
              <ul className="mt-3 space-y-1">
                {settings.phone && (
                  <li>
                    {t('contact.phone')}:{' '}
                    <a href={telHref(settings.phone)}>
                      <bdi dir="ltr">{settings.phone}</bdi>
                    </a>
                  </li>
                )}
                {settings.email && (
                  <li>
                    {t('contact.email')}: <a href={`mailto:${settings.email}`}>{settings.email}</a>
                  </li>
                )}
                {settings.postalAddress && <li className="whitespace-pre-line">{settings.postalAddress}</li>}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="hulp">
          <h2 id="hulp" className="text-2xl">
            {t('contact.help')}
          </h2>
          <p className="mt-2">{t('contact.helpIntro')}</p>
          <HelpNumbers helpLines={settings.helpLines} locale={locale} />
        </section>
      </div>
    </>
  )
}
