import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PostDate } from '@/components/PostDate'
import { RichText } from '@/components/RichText'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { postPath, shareImageOf } from '@/lib/posts'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { getPostBySlug, getPostPage } from '@/lib/queries/posts'
import { UntranslatedNote } from '@/components/UntranslatedNote'
import { langOf } from '@/lib/i18n/fallback'
import { MESSAGES, translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'
import { postJsonLd } from '@/lib/structured-data'
import type { Course, Location, Media } from '@/payload-types'

type Props = { params: Promise<{ slug: string; lang: string }> }

/** The newest stories are rendered at build time; older ones on their first visit, then cached. */
export async function generateStaticParams() {
  const { posts } = await getPostPage('1', 'nl')
  return posts.map((post) => ({ slug: post.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await loadPageDocument('posts', params, getPostBySlug)
  if (!post) return {}
  const base = pageMetadata({ title: post.title, description: post.summary, path: postPath(post), locale: await pageLocale(params) })
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
  const locale = await pageLocale(params)
  const t = translator(locale)
  const image = typeof post.image === 'object' ? (post.image as Media | null) : null
  const locations = populated<Location>(post.locations)
  const courses = populated<Course>(post.courses)

  return (
    <article>
      <JsonLd data={postJsonLd(post)} />
      <PageHeader title={post.title} titleLang={langOf(post, 'title')} intro={<span lang={langOf(post, 'summary')}>{post.summary}</span>}>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-muted">
          <Badge>{t(`posts.kind.${post.kind}`)}</Badge>
          <PostDate post={post} locale={locale} />
        </p>
        {(langOf(post, 'title') || langOf(post, 'body')) && <UntranslatedNote locale={locale} />}
        <ReadAloud words={MESSAGES[locale].readAloud} />
      </PageHeader>

      {image && <MediaImage media={image} variant="photo" sizes="(min-width: 48rem) 65ch, 100vw" priority className="mb-8 h-auto w-full max-w-prose rounded-lg" />}

      <div lang={langOf(post, 'body')}>
        <RichText data={post.body} />
      </div>

      {post.kind === 'media' && post.source?.name && (
        <p className="mt-8 max-w-prose rounded-md border border-line bg-surface p-4">
          {t('posts.sourceBefore')} {post.source.url ? <a href={post.source.url}>{post.source.name}</a> : post.source.name}.{' '}
          {t('posts.sourceAfter')}
        </p>
      )}

      {(locations.length > 0 || courses.length > 0) && (
        <section aria-labelledby="meer" className="mt-10 max-w-prose">
          <h2 id="meer" className="text-2xl">
            {t('posts.more')}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {locations.map((location) => (
              <li key={`location-${location.id}`}>
                <Link href={localePath(locale, `/locaties/${location.slug}`)}>{location.name}</Link>
              </li>
            ))}
            {courses.map((course) => (
              <li key={`course-${course.id}`}>
                <Link href={localePath(locale, `/cursussen/${course.slug}`)}>{course.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="no-print mt-10">
        <Link href={localePath(locale, '/nieuws')}>{t('related.all')}</Link>
      </p>
    </article>
  )
}
