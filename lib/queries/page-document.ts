import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'
import type { DataFromCollectionSlug } from 'payload'
import type { WithFallback } from '@/lib/i18n/fallback'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { localePath } from '@/lib/i18n/paths'
import { documentPath } from '@/lib/paths'
import { slugParams } from '@/lib/route-params'
import { findDraftBySlug, getRenamedSlug, type PageCollection } from './by-slug'

type Loader<C extends PageCollection> = (slug: string, locale: Locale) => Promise<WithFallback<DataFromCollectionSlug<C>> | null>
type Params = Promise<{ slug: string; lang: string }>

async function routeOf(params: Params): Promise<{ slug: string | null; locale: Locale }> {
  const raw = await params
  if (!isLocale(raw.lang)) notFound()
  return { slug: slugParams.parse(raw).slug, locale: raw.lang }
}

/** The document for a detail route: the published (cached) version, or the draft in preview mode. */
export async function loadPageDocument<C extends PageCollection>(
  collection: C,
  params: Params,
  loadPublished: Loader<C>,
): Promise<WithFallback<DataFromCollectionSlug<C>> | null> {
  const { slug, locale } = await routeOf(params)
  if (!slug) return null
  if ((await draftMode()).isEnabled) return findDraftBySlug(collection, slug, locale)
  return loadPublished(slug, locale)
}

/** Like loadPageDocument, but a renamed slug redirects to its new URL and anything else is a 404. */
export async function requirePageDocument<C extends PageCollection>(
  collection: C,
  params: Params,
  loadPublished: Loader<C>,
): Promise<WithFallback<DataFromCollectionSlug<C>>> {
  const doc = await loadPageDocument(collection, params, loadPublished)
  if (doc) return doc
  const { slug, locale } = await routeOf(params)
  const renamed = slug ? await getRenamedSlug(collection, slug) : null
  if (renamed) permanentRedirect(localePath(locale, documentPath(collection, renamed)))
  notFound()
}
