import type { Coach, Partner, SiteSetting, TimelineEvent } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { fillFromDutch, LOCALIZED_FIELDS, readWithFallback, type WithFallback } from '@/lib/i18n/fallback'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { cachedQuery } from './cached'

export const getSiteSettings = cachedQuery(
  'site-settings',
  (_locale: Locale) => [cacheTags.global('site-settings')],
  async (locale: Locale): Promise<WithFallback<SiteSetting>> => {
    const payload = await getPayloadClient()
    const read = (language: Locale) => payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0, locale: language, fallbackLocale: false })
    if (locale === DEFAULT_LOCALE) return read(locale)
    const [translated, dutch] = await Promise.all([read(locale), read(DEFAULT_LOCALE)])
    return fillFromDutch(translated, dutch, LOCALIZED_FIELDS['site-settings'])
  },
)

export const getPartners = cachedQuery(
  'partners:list',
  (_locale: Locale) => [cacheTags.collection('partners'), cacheTags.collection('media')],
  async (locale: Locale): Promise<WithFallback<Partner>[]> => {
    const payload = await getPayloadClient()
    return readWithFallback(locale, LOCALIZED_FIELDS.partners, async (language) => {
      const { docs } = await payload.find({ ...language, collection: 'partners', overrideAccess: false, depth: 1, limit: 200, sort: 'name' })
      return docs
    })
  },
)

/** Only coaches who gave consent: the access rule filters on `published` for anonymous readers. */
export const getPublishedCoaches = cachedQuery(
  'coaches:list',
  () => [cacheTags.collection('coaches'), cacheTags.collection('media')],
  async (): Promise<Coach[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'coaches',
      overrideAccess: false,
      depth: 1,
      limit: 200,
      sort: 'displayName',
      where: { published: { equals: true } },
    })
    return docs
  },
)

export const getTimelineEvents = cachedQuery(
  'timeline:list',
  (_locale: Locale) => [
    cacheTags.collection('timeline-events'),
    cacheTags.collection('locations'),
    cacheTags.collection('partners'),
    cacheTags.collection('courses'),
  ],
  async (locale: Locale): Promise<WithFallback<TimelineEvent>[]> => {
    const payload = await getPayloadClient()
    return readWithFallback(locale, LOCALIZED_FIELDS['timeline-events'], async (language) => {
      const { docs } = await payload.find({
        ...language,
        collection: 'timeline-events',
        overrideAccess: false,
        draft: false,
        depth: 1,
        limit: 500,
        populate: {
          locations: { name: true, slug: true },
          partners: { name: true, slug: true },
          courses: { title: true, slug: true },
        },
      })
      return docs
    })
  },
)
