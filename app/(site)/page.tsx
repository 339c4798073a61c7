import type { Metadata } from 'next'
import Link from 'next/link'
import { JsonLd } from '@/components/JsonLd'
import { LocationCard } from '@/components/LocationCard'
import { PostCards } from '@/components/PostCard'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { upcomingEditions } from '@/lib/courses'
import { env } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { getCourses } from '@/lib/queries/courses'
import { getLocations } from '@/lib/queries/locations'
import { getPostPage } from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/organisation'
import { pageMetadata, SITE_NAME } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return { ...pageMetadata({ title: SITE_NAME, description: settings.tagline, path: '/' }), title: { absolute: SITE_NAME } }
}

export default async function HomePage() {
  const [settings, locations, courses, news] = await Promise.all([getSiteSettings(), getLocations(), getCourses(), getPostPage('1')])
  const latestPosts = news.posts.slice(0, 3)
  const huiskamers = locations.filter((location) => isHuiskamer(location) && isCurrentLocation(location))
  const ech = courses.find((course) => course.shortName === 'ECH') ?? courses.find((course) => course.active)
  const nextEdition = ech ? upcomingEditions(ech)[0] : undefined

  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: SITE_NAME,
          url: env.SITE_URL,
          description: settings.tagline,
          areaServed: 'Utrecht',
        }}
      />
      <section aria-labelledby="welkom" className="max-w-prose">
        <h1 id="welkom" className="text-3xl text-brand-strong md:text-4xl">
          Welkom bij Doen &amp; Laten
        </h1>
        <p className="mt-4 text-xl">{settings.tagline}</p>
        <p className="mt-4">
          Je bent welkom zonder afspraak. Kom langs voor koffie, een praatje of een luisterend oor.
        </p>
      </section>

      <section aria-labelledby="huiskamers" className="mt-12">
        <h2 id="huiskamers" className="text-2xl">
          Onze huiskamers
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {huiskamers.map((location) => (
            <li key={location.id}>
              <LocationCard location={location} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/locaties">Alle huiskamers en adressen</Link>
        </p>
      </section>

      {ech && (
        <section aria-labelledby="cursus" className="mt-12 max-w-prose rounded-lg bg-brand-soft p-6">
          <h2 id="cursus" className="text-2xl">
            Zelf ervaringscoach worden?
          </h2>
          <p className="mt-2">{ech.summary}</p>
          <p className="mt-2 font-semibold">
            {nextEdition
              ? `Volgende cursus: ${nextEdition.label}, vanaf ${formatDate(nextEdition.startDate)}.`
              : 'Er is nu geen cursus gepland. Laat weten dat je interesse hebt.'}
          </p>
          <p className="mt-4">
            <ButtonLink href={`/cursussen/${ech.slug}`}>Over de {ech.shortName}-cursus</ButtonLink>
          </p>
        </section>
      )}

      {latestPosts.length > 0 && (
        <section aria-labelledby="nieuws" className="mt-12">
          <h2 id="nieuws" className="text-2xl">
            Nieuws en verhalen
          </h2>
          <PostCards posts={latestPosts} />
          <p className="mt-4">
            <Link href="/nieuws">Al het nieuws</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="contact" className="mt-12 max-w-prose">
        <h2 id="contact" className="text-2xl">
          Contact
        </h2>
        <p className="mt-2">
          De makkelijkste manier: loop binnen in een huiskamer. Meer manieren vind je op de{' '}
          <Link href="/contact">contactpagina</Link>.
        </p>
      </section>
    </>
  )
}
