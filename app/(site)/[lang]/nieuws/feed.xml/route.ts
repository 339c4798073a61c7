import { Feed } from 'feed'
import { env } from '@/lib/env'
import { NEWS_INTRO, NEWS_TITLE, postPath } from '@/lib/posts'
import { getPostPage } from '@/lib/queries/posts'
import { SITE_NAME } from '@/lib/seo'

// Rendered once and kept until a story changes (the query's cache tags expire it with the pages).
export const dynamic = 'force-static'

/** RSS 2.0 of the newest stories, with absolute links. */
export async function GET(): Promise<Response> {
  const { posts } = await getPostPage('1', 'nl')
  const feed = new Feed({
    title: `${NEWS_TITLE} | ${SITE_NAME}`,
    description: NEWS_INTRO,
    id: `${env.SITE_URL}/nieuws`,
    link: `${env.SITE_URL}/nieuws`,
    language: 'nl',
    copyright: SITE_NAME,
    updated: posts[0]?.publishedAt ? new Date(posts[0].publishedAt) : undefined,
    feedLinks: { rss: `${env.SITE_URL}/nieuws/feed.xml` },
  })
  for (const post of posts) {
    const url = `${env.SITE_URL}${postPath(post)}`
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.summary,
      date: new Date(post.publishedAt ?? post.updatedAt),
      ...(post.kind === 'media' && post.source?.name ? { author: [{ name: post.source.name, link: post.source.url ?? undefined }] } : {}),
    })
  }
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
