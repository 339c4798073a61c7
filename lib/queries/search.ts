import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { searchSite, type SearchHit } from '@/lib/search'
import { cachedQuery } from './cached'

const SEARCHED = ['locations', 'courses', 'posts', 'partners', 'timeline-events'] as const

/** Search results, cached per query and language until any searched content changes. */
export const getSearchHits = cachedQuery(
  'search',
  (_query: string, _locale: Locale) => SEARCHED.map((collection) => cacheTags.collection(collection)),
  async (query: string, locale: Locale): Promise<SearchHit[]> => searchSite(await getPayloadClient(), query, locale),
)
