import type { Course } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { LOCALIZED_FIELDS, readWithFallback, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from './by-slug'
import { cachedQuery } from './cached'

export const getCourses = cachedQuery(
  'courses:list',
  (_locale: Locale) => [cacheTags.collection('courses'), cacheTags.collection('locations')],
  async (locale: Locale): Promise<WithFallback<Course>[]> => {
    const payload = await getPayloadClient()
    return readWithFallback(locale, LOCALIZED_FIELDS.courses, async (language) => {
      const { docs } = await payload.find({
        ...language,
        collection: 'courses',
        overrideAccess: false,
        draft: false,
        depth: 1,
        limit: 50,
        sort: '-active',
        select: { title: true, slug: true, shortName: true, summary: true, active: true, editions: true, updatedAt: true },
      })
      return docs as Course[]
    })
  },
)

export const getCourseBySlug = cachedQuery(
  'courses:detail',
  (slug, _locale) => [cacheTags.document('courses', slug), cacheTags.collection('locations')],
  (slug: string, locale: Locale): Promise<WithFallback<Course> | null> => findPublishedBySlug('courses', slug, locale),
)
