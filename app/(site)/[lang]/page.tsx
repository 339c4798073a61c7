import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { JsonLd } from '@/components/JsonLd'
import { LocationCard } from '@/components/LocationCard'
import { PostCards } from '@/components/PostCard'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { upcomingEditions } from '@/lib/courses'
import { env } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { langOf } from '@/lib/i18n/fallback'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { isCurrentLocation, isHuiskamer } from '@/lib/locations'
import { getCourses } from '@/lib/queries/courses'
import { getLocations } from '@/lib/queries/locations'
import { getPostPage } from '@/lib/queries/posts'
import { getSiteSettings } from '@/lib/queries/organisation'
import { documentPath } from '@/lib/paths'
import { pageMetadata, SITE_NAME } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  return { ...pageMetadata({ title: SITE_NAME, description: settings.tagline, path: '/', locale }), title: { absolute: SITE_NAME } }
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const [settings, locations, courses, news] = await Promise.all([
    getSiteSettings(locale),
    getLocations(locale),
    getCourses(locale),
    getPostPage('1', locale),
  ])
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
          {t('home.welcome')}
        </h1>
        <p className="mt-4 text-xl" lang={langOf(settings, 'tagline')}>
          {settings.tagline}
        </p>
        <p className="mt-4">{t('home.walkIn')}</p>
      </section>

      <section aria-labelledby="huiskamers" className="mt-12">
        <h2 id="huiskamers" className="text-2xl">
          {t('home.ourLocations')}
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {huiskamers.map((location) => (
            <li key={location.id}>
              <LocationCard location={location} locale={locale} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={localePath(locale, '/locaties')}>{t('home.allLocations')}</Link>
        </p>
      </section>

      {ech && (
        <section aria-labelledby="cursus" className="mt-12 max-w-prose rounded-lg bg-brand-soft p-6">
          <h2 id="cursus" className="text-2xl">
            {t('home.becomeCoach')}
          </h2>
          <p className="mt-2" lang={langOf(ech, 'summary')}>
            {ech.summary}
          </p>
          <p className="mt-2 font-semibold">
            {nextEdition
              ? t('home.nextCourse', { label: nextEdition.label, date: formatDate(nextEdition.startDate, locale) })
              : t('home.noCourse')}
          </p>
          <p className="mt-4">
            <ButtonLink href={localePath(locale, documentPath('courses', ech.slug))}>{t('home.aboutCourse', { name: ech.shortName })}</ButtonLink>
          </p>
        </section>
      )}

      {latestPosts.length > 0 && (
        <section aria-labelledby="nieuws" className="mt-12">
          <h2 id="nieuws" className="text-2xl">
            {t('home.news')}
          </h2>
          <PostCards posts={latestPosts} locale={locale} />
          <p className="mt-4">
            <Link href={localePath(locale, '/nieuws')}>{t('home.allNews')}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="contact" className="mt-12 max-w-prose">
        <h2 id="contact" className="text-2xl">
          {t('home.contact')}
        </h2>
        <p className="mt-2">
          {t('home.contactBefore')} <Link href={localePath(locale, '/contact')}>{t('home.contactLink')}</Link>.
        </p>
      </section>
    </>
  )
}
