import type { Course, Location, Post } from '@/payload-types'
import { env } from './env'
import { scheduleOf } from './locations'
import { postDateTime, postPath, shareImageOf } from './posts'
import { SITE_NAME } from './seo'

const DAY_URIS: Record<string, string> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
}

/** schema.org Place (LocalBusiness for a huiskamer) with its weekly opening hours. */
export function locationJsonLd(location: Location): Record<string, unknown> {
  const { slots, closures } = scheduleOf(location)
  return {
    '@context': 'https://schema.org',
    '@type': location.kind === 'huiskamer' ? 'LocalBusiness' : 'Place',
    name: location.name,
    url: `${env.SITE_URL}/locaties/${location.slug}`,
    address: {
      '@type': 'PostalAddress',
      streetAddress: location.address.street,
      postalCode: location.address.postcode ?? undefined,
      addressLocality: location.address.city,
      addressCountry: 'NL',
    },
    ...(location.phone ? { telephone: location.phone } : {}),
    openingHoursSpecification: slots.map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: DAY_URIS[slot.day],
      opens: slot.opens,
      closes: slot.closes,
    })),
    // schema.org's way to say "closed on these days": opens and closes at 00:00.
    specialOpeningHoursSpecification: closures.map((closure) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom: closure.from.slice(0, 10),
      validThrough: closure.until.slice(0, 10),
      opens: '00:00',
      closes: '00:00',
    })),
  }
}

/** schema.org Course with its editions as CourseInstances. */
export function courseJsonLd(course: Course): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    courseCode: course.shortName,
    description: course.summary,
    url: `${env.SITE_URL}/cursussen/${course.slug}`,
    provider: { '@type': 'Organization', name: SITE_NAME, url: env.SITE_URL },
    hasCourseInstance: (course.editions ?? []).map((edition) => ({
      '@type': 'CourseInstance',
      name: edition.label,
      courseMode: 'onsite',
      startDate: edition.startDate.slice(0, 10),
      ...(edition.endDate ? { endDate: edition.endDate.slice(0, 10) } : {}),
      ...(typeof edition.location === 'object' && edition.location
        ? { location: { '@type': 'Place', name: edition.location.name } }
        : {}),
      eventStatus:
        edition.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    })),
  }
}

/** schema.org Article for a story, crediting where an article from elsewhere first appeared. */
export function postJsonLd(post: Post): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: SITE_NAME, url: env.SITE_URL }
  const image = shareImageOf(post)
  return {
    '@context': 'https://schema.org',
    '@type': post.kind === 'news' ? 'NewsArticle' : 'Article',
    headline: post.title,
    description: post.summary,
    url: `${env.SITE_URL}${postPath(post)}`,
    ...(post.publishedAt ? { datePublished: postDateTime(post) } : {}),
    dateModified: post.updatedAt,
    image: new URL(image.url, env.SITE_URL).toString(),
    inLanguage: 'nl',
    publisher: organisation,
    ...(post.kind === 'media' && post.source?.name
      ? { isBasedOn: { '@type': 'CreativeWork', name: post.source.name, ...(post.source.url ? { url: post.source.url } : {}) } }
      : { author: organisation }),
  }
}
