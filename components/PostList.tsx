import { Link } from '@/components/ui/Link'
import type { PostPage } from '@/lib/queries/posts'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { postListPath } from '@/lib/posts'
import { PostCard } from './PostCard'

/** One page of the news list with links to the pages before and after it, in the page's language. */
export function PostList({ posts, page, totalPages, locale }: PostPage & { locale: Locale }) {
  const t = translator(locale)
  return (
    <>
      {posts.length === 0 ? (
        <p>{t('news.none')}</p>
      ) : (
        <ol className="grid max-w-prose gap-4" aria-label={t('news.listLabel')}>
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      {totalPages > 1 && (
        <nav aria-label={t('news.pagesLabel')} className="no-print mt-8 flex max-w-prose flex-wrap items-center justify-between gap-4">
          {page > 1 ? <Link href={localePath(locale, postListPath(page - 1))}>{t('news.newer')}</Link> : <span />}
          <span className="text-muted">{t('news.pageOf', { page, total: totalPages })}</span>
          {page < totalPages ? <Link href={localePath(locale, postListPath(page + 1))}>{t('news.older')}</Link> : <span />}
        </nav>
      )}
    </>
  )
}
