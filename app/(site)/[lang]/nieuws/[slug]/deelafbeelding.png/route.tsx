import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { POST_KIND_LABELS, postDateLabel, SHARE_IMAGE_SIZE } from '@/lib/posts'
import { getPostBySlug, getPostPage } from '@/lib/queries/posts'
import { slugParams } from '@/lib/route-params'

type Context = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const { posts } = await getPostPage('1', 'nl')
  return posts.map((post) => ({ slug: post.slug }))
}

/** The preview picture for a story without its own image (WhatsApp, social media), in the site's colours (globals.css: brand, accent-soft). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = slugParams.parse(await params)
  const post = slug ? await getPostBySlug(slug, 'nl') : null
  if (!post) notFound()
  const date = postDateLabel(post)
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 72, background: '#0e5a55', color: '#ffffff' }}>
        {/* One text child per element: Satori (next/og) lays out text nodes only in flex containers. */}
        <div style={{ fontSize: 34, color: '#fcefd9' }}>{date ? `${POST_KIND_LABELS[post.kind]} · ${date}` : POST_KIND_LABELS[post.kind]}</div>
        <div style={{ fontSize: post.title.length > 70 ? 58 : 72, lineHeight: 1.1, fontWeight: 700 }}>{post.title}</div>
        <div style={{ fontSize: 34 }}>Doen &amp; Laten Utrecht</div>
      </div>
    ),
    SHARE_IMAGE_SIZE,
  )
}
