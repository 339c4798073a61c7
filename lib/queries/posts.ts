import type { Post } from '@/payload-types'
import { cacheTags } from '@/lib/cache-tags'
import { LOCALIZED_FIELDS, readWithFallback, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { findPublishedBySlug } from './by-slug'
import { cachedQuery } from './cached'

export const POSTS_PER_PAGE = 10

export type PostPage = { posts: WithFallback<Post>[]; page: number; totalPages: number }

const LIST_FIELDS = { title: true, slug: true, summary: true, publishedAt: true, dateShownAs: true, kind: true, source: true, image: true } as const

/** One page of published stories, newest first (page numbers as strings: they come from the URL). */
export const getPostPage = cachedQuery(
  'posts:page',
  (_page: string, _locale: Locale) => [cacheTags.collection('posts'), cacheTags.collection('media')],
  async (page: string, locale: Locale): Promise<PostPage> => {
    const payload = await getPayloadClient()
    let pages = { page: 1, totalPages: 1 }
    const posts = await readWithFallback(locale, LOCALIZED_FIELDS.posts, async (language) => {
      const result = await payload.find({
        ...language,
        collection: 'posts',
        overrideAccess: false,
        draft: false,
        depth: 1,
        limit: POSTS_PER_PAGE,
        page: Number(page),
        sort: '-publishedAt',
        select: LIST_FIELDS,
      })
      pages = { page: result.page ?? 1, totalPages: Math.max(result.totalPages, 1) }
      return result.docs as Post[]
    })
    return { posts, ...pages }
  },
)

/** The newest stories about one huiskamer or course, for its page. */
export const getRelatedPosts = cachedQuery(
  'posts:related',
  (_field: 'locations' | 'courses', _id: string, _locale: Locale) => [cacheTags.collection('posts')],
  async (field: 'locations' | 'courses', id: string, locale: Locale): Promise<WithFallback<Post>[]> => {
    const payload = await getPayloadClient()
    return readWithFallback(locale, LOCALIZED_FIELDS.posts, async (language) => {
      const { docs } = await payload.find({
        ...language,
        collection: 'posts',
        overrideAccess: false,
        draft: false,
        depth: 0,
        limit: 3,
        sort: '-publishedAt',
        where: { [field]: { in: [Number(id)] } },
        select: LIST_FIELDS,
      })
      return docs as Post[]
    })
  },
)

export const getPostBySlug = cachedQuery(
  'posts:detail',
  (slug, _locale) => [cacheTags.document('posts', slug), cacheTags.collection('locations'), cacheTags.collection('courses'), cacheTags.collection('media')],
  (slug: string, locale: Locale): Promise<WithFallback<Post> | null> => findPublishedBySlug('posts', slug, locale),
)
