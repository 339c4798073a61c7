import { Link } from '@/components/ui/Link'
import type { Post } from '@/payload-types'
import { langOf, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { postPath } from '@/lib/posts'
import { PostDate } from './PostDate'

/** One story in a list: kind and date, title as the link, and the short summary. */
export function PostCard({ post, locale, headingLevel = 2 }: { post: WithFallback<Post>; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = translator(locale)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <p className="text-sm font-semibold text-muted">
        {t(`posts.kind.${post.kind}`)} · <PostDate post={post} locale={locale} />
      </p>
      <Heading className="text-xl" lang={langOf(post, 'title')}>
        <Link href={localePath(locale, postPath(post))}>{post.title}</Link>
      </Heading>
      <p lang={langOf(post, 'summary')}>{post.summary}</p>
      {post.kind === 'media' && post.source?.name && <p className="text-sm text-muted">{t('posts.source', { name: post.source.name })}</p>}
    </article>
  )
}

/** A few stories as a list of cards (home page, location and course pages). */
export function PostCards({ posts, locale, headingLevel = 3 }: { posts: WithFallback<Post>[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return (
    <ul className="mt-4 grid gap-4 md:grid-cols-3">
      {posts.map((post) => (
        <li key={post.id}>
          <PostCard post={post} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
