import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'
import type { DataFromCollectionSlug } from 'payload'
import { documentPath } from '@/lib/paths'
import { slugParams } from '@/lib/route-params'
import { findDraftBySlug, getRenamedSlug, type PageCollection } from './by-slug'


type Loader<C extends PageCollection> = (slug: string) => Promise<DataFromCollectionSlug<C> | null>

/** The document for a detail route: the published (cached) version, or the draft in preview mode. */
export async function loadPageDocument<C extends PageCollection>(
  collection: C,
  params: Promise<{ slug: string }>,
  loadPublished: Loader<C>,
): Promise<DataFromCollectionSlug<C> | null> {
  const { slug } = slugParams.parse(await params)
  if (!slug) return null
  if ((await draftMode()).isEnabled) return findDraftBySlug(collection, slug)
  return loadPublished(slug)
}

/** Like loadPageDocument, but a renamed slug redirects to its new URL and anything else is a 404. */
export async function requirePageDocument<C extends PageCollection>(
  collection: C,
  params: Promise<{ slug: string }>,
  loadPublished: Loader<C>,
): Promise<DataFromCollectionSlug<C>> {
  const doc = await loadPageDocument(collection, params, loadPublished)
  if (doc) return doc
  const { slug } = slugParams.parse(await params)
  const renamed = slug ? await getRenamedSlug(collection, slug) : null
  if (renamed) permanentRedirect(documentPath(collection, renamed))
  notFound()
}
