import type { Activity } from '@/payload-types'
import { agendaItems, type AgendaItem } from '@/lib/agenda'
import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { cachedQuery } from './cached'
import { getCourses } from './courses'
import { getLocations } from './locations'

/** Activities of the last month and later (the agenda drops what has ended). */
export const getActivities = cachedQuery(
  'activities:recent',
  () => [cacheTags.collection('activities'), cacheTags.collection('locations')],
  async (): Promise<Activity[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'activities',
      overrideAccess: false,
      depth: 1,
      limit: 200,
      sort: 'startsAt',
      where: { startsAt: { greater_than_equal: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000).toISOString() } },
    })
    return docs
  },
)

/** Everything upcoming, for /agenda and its feeds. */
export async function getAgenda(locale: Locale, now = new Date()): Promise<AgendaItem[]> {
  const [courses, locations, activities] = await Promise.all([getCourses(locale), getLocations(locale), getActivities()])
  return agendaItems({ courses, locations, activities }, now)
}
