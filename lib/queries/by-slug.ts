import { headers } from 'next/headers'
import type { DataFromCollectionSlug } from 'payload'
import { hasRole } from '@/collections/access/roles'
import { getPayloadClient } from '@/lib/payload'
import { cacheTags } from '@/lib/cache-tags'
import { LOCALIZED_FIELDS, readWithFallback, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import type { PageCollection } from '@/lib/paths'
import { cachedQuery } from './cached'

export type { PageCollection }

/** The published document with this slug in a visitor's language, read as an anonymous visitor would. */
export async function findPublishedBySlug<C extends PageCollection>(
  collection: C,
  slug: string,
  locale: Locale,
): Promise<WithFallback<DataFromCollectionSlug<C>> | null> {
  const payload = await getPayloadClient()
  const [doc] = await readWithFallback(locale, LOCALIZED_FIELDS[collection], async (language) => {
    const { docs } = await payload.find({
      ...language,
      collection,
      overrideAccess: false,
      draft: false,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs as DataFromCollectionSlug<C>[]
  })
  return doc ?? null
}

/**
 * The newest version (draft included) for a logged-in staff member in draft mode. Never cached:
 * only the preview route turns draft mode on, and only for staff.
 */
export async function findDraftBySlug<C extends PageCollection>(
  collection: C,
  slug: string,
  locale: Locale,
): Promise<WithFallback<DataFromCollectionSlug<C>> | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!hasRole(user, 'admin', 'coordinator')) return null
  const [doc] = await readWithFallback(locale, LOCALIZED_FIELDS[collection], async (language) => {
    const { docs } = await payload.find({
      ...language,
      collection,
      draft: true,
      overrideAccess: false,
      user,
      depth: 1,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return docs as DataFromCollectionSlug<C>[]
  })
  return doc ?? null
}

/** The current slug of a published document that used to live at `slug`, for a permanent redirect. */
export const getRenamedSlug = cachedQuery(
  'renamed-slug',
  (collection, slug) => [cacheTags.document(collection, slug), cacheTags.collection(collection)],
  async (collection: PageCollection, slug: string): Promise<string | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      depth: 0,
      limit: 1,
      where: { previousSlugs: { in: [slug] } },
      select: { slug: true },
    })
    return docs[0]?.slug ?? null
  },
)
