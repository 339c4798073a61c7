import type { Metadata } from 'next'
import Link from 'next/link'
import { LocationCard } from '@/components/LocationCard'
import { PageHeader } from '@/components/ui/PageHeader'
import { yearOf } from '@/lib/format'
import { isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { getLocations } from '@/lib/queries/locations'
import { pageMetadata } from '@/lib/seo'
import { slugify } from '@/lib/slugify'

export const metadata: Metadata = pageMetadata({
  title: 'Huiskamers',
  description: 'Waar en wanneer zijn de huiskamers van Doen & Laten open? Adressen en openingstijden per wijk.',
  path: '/locaties',
})

function groupByNeighbourhood<T extends { neighbourhood: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.neighbourhood, [...(groups.get(item.neighbourhood) ?? []), item])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'))
}

export default async function LocationsPage() {
  const locations = await getLocations()
  const current = locations.filter((location) => isCurrentLocation(location))
  const huiskamers = current.filter(isHuiskamer)
  const otherPlaces = current.filter((location) => !isHuiskamer(location))
  const former = locations
    .filter((location) => !isCurrentLocation(location))
    .sort((a, b) => (b.activeUntil ?? '').localeCompare(a.activeUntil ?? ''))

  return (
    <>
      <PageHeader
        title="Huiskamers"
        intro="In onze huiskamers ben je welkom zonder afspraak. Kies de wijk die het dichtst bij je is."
      />
      {groupByNeighbourhood(huiskamers).map(([neighbourhood, items]) => (
        <section key={neighbourhood} aria-labelledby={`wijk-${slugify(neighbourhood)}`} className="mb-10">
          <h2 id={`wijk-${slugify(neighbourhood)}`} className="text-2xl">
            {neighbourhood}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {items.map((location) => (
              <li key={location.id}>
                <LocationCard location={location} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {otherPlaces.length > 0 && (
        <section aria-labelledby="andere-plekken" className="mb-10">
          <h2 id="andere-plekken" className="text-2xl">
            Andere plekken
          </h2>
          <ul className="mt-3 space-y-2">
            {otherPlaces.map((location) => (
              <li key={location.id}>
                <Link href={`/locaties/${location.slug}`}>{location.name}</Link> ({location.neighbourhood})
                {location.summary && <span className="block text-muted">{location.summary}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="vroeger" className="max-w-prose">
        <h2 id="vroeger" className="text-2xl">
          Waar we vroeger zaten
        </h2>
        <p className="mt-2 text-muted">Deze plekken horen bij onze geschiedenis. Ze zijn niet meer open.</p>
        <ul className="mt-3 space-y-2">
          {former.map((location) => {
            const from = yearOf(location.activeFrom)
            const until = yearOf(location.activeUntil)
            return (
              <li key={location.id}>
                <Link href={`/locaties/${location.slug}`}>{location.name}</Link> ({location.neighbourhood},{' '}
                {from ? `${from}–${until}` : `tot ${until}`})
              </li>
            )
          })}
        </ul>
      </section>
    </>
  )
}
