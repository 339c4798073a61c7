import type { Metadata } from 'next'
import Link from 'next/link'
import { HelpNumbers } from '@/components/HelpNumbers'
import { PageHeader } from '@/components/ui/PageHeader'
import { fullAddress, isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { getLocations } from '@/lib/queries/locations'
import { getSiteSettings } from '@/lib/queries/organisation'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'
import { telHref } from '@/lib/format'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({
  title: 'Contact',
  description: 'Zo bereik je Doen & Laten, en hier vind je hulp als je die nu nodig hebt.',
  path: '/contact', locale: await pageLocale(params) })
}

export default async function ContactPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const [settings, locations] = await Promise.all([getSiteSettings(locale), getLocations(locale)])
  const huiskamers = locations.filter((location) => isHuiskamer(location) && isCurrentLocation(location))
  const hasDirectContact = Boolean(settings.phone || settings.email || settings.postalAddress)
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader title="Contact" intro="Je kunt altijd binnenlopen in een huiskamer. Je hoeft geen afspraak te maken." />
        <div className="grid gap-10 md:grid-cols-2">
          <section aria-labelledby="huiskamers">
            <h2 id="huiskamers" className="text-2xl">
              Kom langs
            </h2>
            <ul className="mt-3 space-y-3">
              {huiskamers.map((location) => (
                <li key={location.id}>
                  <Link href={`/locaties/${location.slug}`}>{location.name}</Link>
                  <span className="block text-muted">
                    {location.neighbourhood}, {fullAddress(location)}
                  </span>
                </li>
              ))}
            </ul>
            {hasDirectContact && (
              <>
                <h2 className="mt-8 text-2xl">Bellen, mailen of schrijven</h2>
                <ul className="mt-3 space-y-1">
                  {settings.phone && (
                    <li>
                      Telefoon: <a href={telHref(settings.phone)}>{settings.phone}</a>
                    </li>
                  )}
                  {settings.email && (
                    <li>
                      E-mail: <a href={`mailto:${settings.email}`}>{settings.email}</a>
                    </li>
                  )}
                  {settings.postalAddress && <li className="whitespace-pre-line">{settings.postalAddress}</li>}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="hulp">
            <h2 id="hulp" className="text-2xl">
              Heb je nu hulp nodig?
            </h2>
            <p className="mt-2">Wij zijn geen hulpdienst. Als het niet goed met je gaat, bel dan een van deze nummers.</p>
            <HelpNumbers helpLines={settings.helpLines} locale={locale} />
          </section>
        </div>
      </>
    </DutchOnlyPage>
  )
}
