/**
 * Every cache tag the site uses. Queries tag what they read with these, and the revalidation hooks
 * expire the same tags, so what is cached and what is invalidated cannot drift apart.
 */
export const PUBLIC_COLLECTIONS = ['locations', 'courses', 'coaches', 'partners', 'timeline-events', 'media', 'posts', 'activities'] as const
export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]

export const PUBLIC_GLOBALS = ['site-settings'] as const
export type PublicGlobal = (typeof PUBLIC_GLOBALS)[number]

export const cacheTags = {
  /** Every page that lists documents of a collection (or may show any of them). */
  collection: (slug: PublicCollection) => `collection:${slug}`,
  /** The detail page of one document. */
  document: (slug: PublicCollection, docSlug: string) => `${slug}:${docSlug}`,
  global: (slug: PublicGlobal) => `global:${slug}`,
  /** The table of old addresses the proxy redirects (lib/redirects/table.ts). */
  redirects: 'redirects',
}

/** Tags to expire when a document changes: its lists, plus its detail page under the old and new slug. */
export function tagsForDocumentChange(
  collection: PublicCollection,
  slugs: (string | null | undefined)[],
): string[] {
  const docTags = [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))].map((slug) =>
    cacheTags.document(collection, slug),
  )
  return [cacheTags.collection(collection), ...docTags]
}
