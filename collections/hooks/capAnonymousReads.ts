import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/** The most documents and the deepest population an anonymous REST read gets. */
export const ANONYMOUS_READ_LIMITS = { limit: 50, depth: 1 } as const

/**
 * Anonymous REST reads are paginated with at most 50 documents and populated one level deep, so
 * `?limit=0&depth=10` cannot make one request load the whole database. Staff and the site's own
 * Local API queries are not affected.
 */
const capAnonymousRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || req.payloadAPI === 'local') return args
  const depth = Math.min(typeof args.depth === 'number' ? args.depth : ANONYMOUS_READ_LIMITS.depth, ANONYMOUS_READ_LIMITS.depth)
  // A find has a limit; a findByID reads one document and only needs its depth capped.
  if (!('limit' in args) && 'id' in args) return { ...args, depth }
  const requested = 'limit' in args ? args.limit : undefined
  const limit = typeof requested === 'number' && requested > 0 ? Math.min(requested, ANONYMOUS_READ_LIMITS.limit) : ANONYMOUS_READ_LIMITS.limit
  return { ...args, limit, depth, pagination: true }
}

/** The collection with the anonymous read caps in front of its own beforeOperation hooks. */
export function withAnonymousReadCaps(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [capAnonymousRead, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}
