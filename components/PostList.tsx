import Link from 'next/link'
import type { PostPage } from '@/lib/queries/posts'
import type { Locale } from '@/lib/i18n/locales'
import { postListPath } from '@/lib/posts'
import { PostCard } from './PostCard'

/** One page of the news list with links to the pages before and after it. */
export function PostList({ posts, page, totalPages, locale }: PostPage & { locale: Locale }) {
  return (
    <>
      {posts.length === 0 ? (
        <p>Er zijn nog geen berichten.</p>
      ) : (
        <ol className="grid max-w-prose gap-4" aria-label="Berichten, nieuwste eerst">
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      {totalPages > 1 && (
        <nav aria-label="Meer berichten" className="no-print mt-8 flex max-w-prose flex-wrap items-center justify-between gap-4">
          {page > 1 ? <Link href={postListPath(page - 1)}>← Nieuwere berichten</Link> : <span />}
          <span className="text-muted">
            Pagina {page} van {totalPages}
          </span>
          {page < totalPages ? <Link href={postListPath(page + 1)}>Oudere berichten →</Link> : <span />}
        </nav>
      )}
    </>
  )
}
