import type { Metadata } from 'next'
import Link from 'next/link'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { ClosureList, OpeningHoursTable } from '@/components/OpeningHoursTable'
import { OpenNow } from '@/components/OpenNow.client'
import { RelatedPosts } from '@/components/RelatedPosts'
import { RichText } from '@/components/RichText'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { formatDate, formatMonth, telHref } from '@/lib/format'
import { fullAddress, isCurrentLocation, routeUrl, scheduleOf } from '@/lib/locations'
import { amsterdamWallClock, closureOn } from '@/lib/opening-hours'
import { documentPath } from '@/lib/paths'
import { getLocationBySlug, getLocations } from '@/lib/queries/locations'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { pageMetadata } from '@/lib/seo'
import { locationJsonLd } from '@/lib/structured-data'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const locations = await getLocations()
  return locations.map((location) => ({ slug: location.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await loadPageDocument('locations', params, getLocationBySlug)
  if (!location) return {}
  return pageMetadata({
    title: location.name,
    description: location.summary ?? `${location.name} in ${location.neighbourhood}, ${fullAddress(location)}.`,
    path: `/locaties/${location.slug}`,
  })
}

export default async function LocationPage({ params }: Props) {
  const location = await requirePageDocument('locations', params, getLocationBySlug)
  const { slots, closures } = scheduleOf(location)
  const current = isCurrentLocation(location)
  const partners = (location.partners ?? []).filter((partner) => typeof partner === 'object')
  const photo = typeof location.photo === 'object' ? location.photo : null

  return (
    <article>
      <JsonLd data={locationJsonLd(location)} />
      <PageHeader title={location.name} intro={location.summary}>
        <p className="mt-3 flex flex-wrap gap-2">
          <Badge>{location.neighbourhood}</Badge>
          {!current && location.activeUntil && (
            <Badge tone="accent">Gesloten sinds {formatMonth(location.activeUntil)}</Badge>
          )}
        </p>
        <ReadAloud />
      </PageHeader>

      {!current && (
        <p className="mb-6 max-w-prose rounded-md border border-line bg-surface p-4">
          Dit is een plek uit onze geschiedenis. Hier is geen huiskamer meer. Kijk bij de{' '}
          <Link href="/locaties">huiskamers die nu open zijn</Link>.
        </p>
      )}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="adres">
          <h2 id="adres" className="text-2xl">
            Adres
          </h2>
          <address className="mt-2 not-italic">
            {location.address.street}
            <br />
            {[location.address.postcode, location.address.city].filter(Boolean).join(' ')}
          </address>
          {current && (
            <p className="no-print mt-2">
              <a href={routeUrl(location)} rel="noopener">
                Route op OpenStreetMap<span className="sr-only"> (opent een andere website)</span>
              </a>
            </p>
          )}
          {(location.phone || location.email) && (
            <>
              <h3 className="mt-4 font-semibold">Contact</h3>
              <ul>
                {location.phone && (
                  <li>
                    Telefoon: <a href={telHref(location.phone)}>{location.phone}</a>
                  </li>
                )}
                {location.email && (
                  <li>
                    E-mail: <a href={`mailto:${location.email}`}>{location.email}</a>
                  </li>
                )}
              </ul>
            </>
          )}
          {location.accessibility && (
            <>
              <h3 className="mt-4 font-semibold">Toegankelijkheid</h3>
              <p>{location.accessibility}</p>
            </>
          )}
        </section>

        {current && slots.length > 0 && (
          <section aria-labelledby="openingstijden" className="space-y-3">
            <h2 id="openingstijden" className="text-2xl">
              Openingstijden
            </h2>
            <OpenNow slots={slots} closures={closures} />
            <ClosureList closures={closures} />
            <OpeningHoursTable
              slots={slots}
              caption={closureOn(closures, amsterdamWallClock(new Date()).date) ? 'Elke week (na de sluiting)' : 'Elke week'}
            />
            {location.hoursCheckedAt && (
              <p className="text-sm text-muted">Tijden gecontroleerd op {formatDate(location.hoursCheckedAt)}.</p>
            )}
            <p className="no-print">
              <a href={`${documentPath('locations', location.slug)}/agenda.ics`}>Zet de openingstijden in je agenda</a>
              <span className="text-muted"> (blijft bijgewerkt als je je erop abonneert)</span>
            </p>
          </section>
        )}
      </div>

      {photo && <MediaImage media={photo} variant="photo" sizes="(min-width: 68rem) 68rem, 100vw" className="mt-8 h-auto w-full rounded-lg" />}

      {location.description && (
        <section aria-labelledby="over" className="mt-8">
          <h2 id="over" className="text-2xl">
            Over deze plek
          </h2>
          <div className="mt-2">
            <RichText data={location.description} />
          </div>
        </section>
      )}

      {partners.length > 0 && (
        <section aria-labelledby="partners" className="mt-8">
          <h2 id="partners" className="text-2xl">
            Samen met
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {partners.map((partner) => (
              <li key={partner.id}>
                <Link href={`/partners#${partner.slug}`}>{partner.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <RelatedPosts field="locations" id={location.id} />
    </article>
  )
}
