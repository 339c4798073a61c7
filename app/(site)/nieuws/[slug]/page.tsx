import type { Metadata } from 'next'
import Link from 'next/link'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PostDate } from '@/components/PostDate'
import { RichText } from '@/components/RichText'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { POST_KIND_LABELS, postPath, shareImageOf } from '@/lib/posts'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { getPostBySlug, getPostPage } from '@/lib/queries/posts'
import { pageMetadata } from '@/lib/seo'
import { postJsonLd } from '@/lib/structured-data'
import type { Course, Location, Media } from '@/payload-types'

type Props = { params: Promise<{ slug: string }> }

/** The newest stories are rendered at build time; older ones on their first visit, then cached. */
export async function generateStaticParams() {
  const { posts } = await getPostPage('1')
  return posts.map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await loadPageDocument('posts', params, getPostBySlug)
  if (!post) return {}
  const base = pageMetadata({ title: post.title, description: post.summary, path: postPath(post) })
  const image = shareImageOf(post)
  return {
    ...base,
    openGraph: { ...base.openGraph, type: 'article', publishedTime: post.publishedAt ?? undefined, images: [image] },
    twitter: { card: 'summary_large_image', title: post.title, description: post.summary, images: [image.url] },
  }
}

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object')

export default async function PostPage({ params }: Props) {
  const post = await requirePageDocument('posts', params, getPostBySlug)
  const image = typeof post.image === 'object' ? (post.image as Media | null) : null
  const locations = populated<Location>(post.locations)
  const courses = populated<Course>(post.courses)

  return (
    <article>
      <JsonLd data={postJsonLd(post)} />
      <PageHeader title={post.title} intro={post.summary}>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-muted">
          <Badge>{POST_KIND_LABELS[post.kind]}</Badge>
          <PostDate post={post} />
        </p>
        <ReadAloud />
      </PageHeader>

      {image && <MediaImage media={image} variant="photo" sizes="(min-width: 48rem) 65ch, 100vw" priority className="mb-8 h-auto w-full max-w-prose rounded-lg" />}

      <RichText data={post.body} />

      {post.kind === 'media' && post.source?.name && (
        <p className="mt-8 max-w-prose rounded-md border border-line bg-surface p-4">
          Dit artikel verscheen eerder bij {post.source.url ? <a href={post.source.url}>{post.source.name}</a> : post.source.name}.
          We vertellen het hier kort in onze eigen woorden.
        </p>
      )}

      {(locations.length > 0 || courses.length > 0) && (
        <section aria-labelledby="meer" className="mt-10 max-w-prose">
          <h2 id="meer" className="text-2xl">
            Meer hierover
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {locations.map((location) => (
              <li key={`location-${location.id}`}>
                <Link href={`/locaties/${location.slug}`}>{location.name}</Link>
              </li>
            ))}
            {courses.map((course) => (
              <li key={`course-${course.id}`}>
                <Link href={`/cursussen/${course.slug}`}>{course.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="no-print mt-10">
        <Link href="/nieuws">Alle nieuws en verhalen</Link>
      </p>
    </article>
  )
}
