import type { Post } from '@/payload-types'
import { formatDate } from './format'
import type { Locale } from './i18n/locales'

/** The RSS feed's title and description: the feed is Dutch. The pages use the messages' news.title and news.intro. */
export const NEWS_TITLE = 'Nieuws en verhalen'
export const NEWS_INTRO = 'Nieuws van Doen & Laten, verhalen uit de huiskamers en artikelen over ervaringswerk in de regio.'

export const POST_KIND_LABELS: Record<Post['kind'], string> = { news: 'Nieuws', story: 'Verhaal', media: 'Uit de media' }

export const postPath = (post: Pick<Post, 'slug'>) => `/nieuws/${post.slug}`

/** The page address of one page of the news list: page 1 is /nieuws itself. */
export const postListPath = (page: number) => (page <= 1 ? '/nieuws' : `/nieuws/pagina/${page}`)

/** "16 juli 2018", or "2012" for a story whose exact date nobody knows. */
export function postDateLabel(post: Pick<Post, 'publishedAt' | 'dateShownAs'>, locale: Locale = 'nl'): string | undefined {
  if (!post.publishedAt) return undefined
  return post.dateShownAs === 'year' ? String(new Date(post.publishedAt).getUTCFullYear()) : formatDate(post.publishedAt, locale)
}

/** The machine-readable date for <time datetime>: a day, or only the year. */
export function postDateTime(post: Pick<Post, 'publishedAt' | 'dateShownAs'>): string | undefined {
  if (!post.publishedAt) return undefined
  return post.dateShownAs === 'year' ? post.publishedAt.slice(0, 4) : post.publishedAt.slice(0, 10)
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

/** What a shared link shows: the story's own image, or one made for it (…/deelafbeelding.png). */
export function shareImageOf(post: Pick<Post, 'slug' | 'image' | 'title'>): { url: string; width: number; height: number; alt: string } {
  const image = typeof post.image === 'object' ? post.image : null
  const own = image?.sizes?.wide ?? image
  if (image && own?.url && own.width && own.height) return { url: own.url, width: own.width, height: own.height, alt: image.alt }
  return { url: `${postPath(post)}/deelafbeelding.png`, ...SHARE_IMAGE_SIZE, alt: post.title }
}
