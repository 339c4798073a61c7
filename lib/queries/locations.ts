import type { Location } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { LOCALIZED_FIELDS, readWithFallback, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from './by-slug'
import { cachedQuery } from './cached'

/** Published locations, current and former, with host partners and photo populated. */
export const getLocations = cachedQuery(
  'locations:list',
  (_locale: Locale) => [cacheTags.collection('locations'), cacheTags.collection('partners'), cacheTags.collection('media')],
  async (locale: Locale): Promise<WithFallback<Location>[]> => {
    const payload = await getPayloadClient()
    return readWithFallback(locale, LOCALIZED_FIELDS.locations, async (language) => {
      const { docs } = await payload.find({
      ...language,
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
    })
  },
)

export const getLocationBySlug = cachedQuery(
  'locations:detail',
  (slug, _locale) => [
    cacheTags.document('locations', slug),
    cacheTags.collection('partners'),
    cacheTags.collection('media'),
  ],
  (slug: string, locale: Locale): Promise<WithFallback<Location> | null> => findPublishedBySlug('locations', slug, locale),
)
