import type { Location } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from './by-slug'
import { cachedQuery } from './cached'

/** Published locations, current and former, with host partners and photo populated. */
export const getLocations = cachedQuery(
  'locations:list',
  () => [cacheTags.collection('locations'), cacheTags.collection('partners'), cacheTags.collection('media')],
  async (): Promise<Location[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'locations',
      overrideAccess: false,
      draft: false,
      depth: 1,
      limit: 100,
      sort: 'name',
      select: {
        name: true,
        slug: true,
        kind: true,
        neighbourhood: true,
        summary: true,
        address: true,
        openingHours: true,
        closures: true,
        photo: true,
        activeFrom: true,
        activeUntil: true,
        updatedAt: true,
      },
    })
    return docs as Location[]
  },
)

export const getLocationBySlug = cachedQuery(
  'locations:detail',
  (slug) => [
    cacheTags.document('locations', slug),
    cacheTags.collection('partners'),
    cacheTags.collection('media'),
  ],
  (slug: string): Promise<Location | null> => findPublishedBySlug('locations', slug),
)
