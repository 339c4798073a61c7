import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'
import { noteExpired } from '@/lib/tag-clock'
import { cacheTags, tagsForDocumentChange, type PublicCollection, type PublicGlobal } from '@/lib/cache-tags'

/** Set `context.skipRevalidation` when writing outside Next.js (seed, migrations): there is no cache to expire. */
function expire(req: PayloadRequest, tags: string[]): void {
  if (req.context.skipRevalidation) return
  try {
    noteExpired(tags)
    for (const tag of tags) {
      // `expire: 0` makes the next request render fresh data; the 'max' profile would serve the stale page once more.
      revalidateTag(tag, { expire: 0 })
    }
  } catch (error) {
    // Outside a Next.js server (scripts, tests calling the REST handlers directly) there is no page cache.
    if (error instanceof Error && error.message.includes('static generation store missing')) return
    throw error
  }
}

type Sluggable = TypeWithID & { slug?: string | null }

export const revalidateCollectionAfterChange =
  (collection: PublicCollection): CollectionAfterChangeHook<Sluggable> =>
  ({ doc, previousDoc, req }) => {
    expire(req, tagsForDocumentChange(collection, [doc.slug, previousDoc?.slug]))
    return doc
  }

export const revalidateCollectionAfterDelete =
  (collection: PublicCollection): CollectionAfterDeleteHook<Sluggable> =>
  ({ doc, req }) => {
    expire(req, tagsForDocumentChange(collection, [doc.slug]))
    return doc
  }

export const revalidateGlobalAfterChange =
  (global: PublicGlobal): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    expire(req, [cacheTags.global(global)])
    return doc
  }

/** Hooks for a public collection, ready to spread into its config. */
export const revalidationHooks = (collection: PublicCollection) => ({
  afterChange: [revalidateCollectionAfterChange(collection)],
  afterDelete: [revalidateCollectionAfterDelete(collection)],
})

/** Hooks for a collection whose changes expire fixed tags (the redirect table's), ready to spread. */
export const expireTagsHooks = (tags: string[]) => ({
  afterChange: [({ doc, req }: Parameters<CollectionAfterChangeHook>[0]) => (expire(req, tags), doc)],
  afterDelete: [({ doc, req }: Parameters<CollectionAfterDeleteHook>[0]) => (expire(req, tags), doc)],
})
