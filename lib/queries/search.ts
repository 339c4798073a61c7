import { cacheTags } from '@/lib/cache-tags'
import { getPayloadClient } from '@/lib/payload'
import { searchSite, type SearchHit } from '@/lib/search'
import { cachedQuery } from './cached'

const SEARCHED = ['locations', 'courses', 'posts', 'partners', 'timeline-events'] as const

/** Search results, cached per query until any searched content changes. */
export const getSearchHits = cachedQuery(
  'search',
  (_query: string) => SEARCHED.map((collection) => cacheTags.collection(collection)),
  async (query: string): Promise<SearchHit[]> => searchSite(await getPayloadClient(), query),
)
