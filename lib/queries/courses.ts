import type { Course } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from './by-slug'
import { cachedQuery } from './cached'

export const getCourses = cachedQuery(
  'courses:list',
  () => [cacheTags.collection('courses'), cacheTags.collection('locations')],
  async (): Promise<Course[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'courses',
      overrideAccess: false,
      draft: false,
      depth: 1,
      limit: 50,
      sort: '-active',
      select: { title: true, slug: true, shortName: true, summary: true, active: true, editions: true, updatedAt: true },
    })
    return docs as Course[]
  },
)

export const getCourseBySlug = cachedQuery(
  'courses:detail',
  (slug) => [cacheTags.document('courses', slug), cacheTags.collection('locations')],
  (slug: string): Promise<Course | null> => findPublishedBySlug('courses', slug),
)
