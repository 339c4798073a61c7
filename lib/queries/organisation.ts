import type { Coach, Partner, SiteSetting, TimelineEvent } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { getPayloadClient } from '@/lib/payload'
import { cachedQuery } from './cached'

export const getSiteSettings = cachedQuery(
  'site-settings',
  () => [cacheTags.global('site-settings')],
  async (): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
  },
)

export const getPartners = cachedQuery(
  'partners:list',
  () => [cacheTags.collection('partners'), cacheTags.collection('media')],
  async (): Promise<Partner[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'partners',
      overrideAccess: false,
      depth: 1,
      limit: 200,
      sort: 'name',
    })
    return docs
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
  () => [
    cacheTags.collection('timeline-events'),
    cacheTags.collection('locations'),
    cacheTags.collection('partners'),
    cacheTags.collection('courses'),
  ],
  async (): Promise<TimelineEvent[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
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
  },
)
