import { Link } from '@/components/ui/Link'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { getRelatedPosts } from '@/lib/queries/posts'
import { PostCards } from './PostCard'

/** "Nieuws hierover" on a location or course page: nothing at all when there is none. */
export async function RelatedPosts({ field, id, locale }: { field: 'locations' | 'courses'; id: number; locale: Locale }) {
  const posts = await getRelatedPosts(field, String(id), locale)
  if (posts.length === 0) return null
  const t = translator(locale)
  return (
    <section aria-labelledby="nieuws-hierover" className="mt-10">
      <h2 id="nieuws-hierover" className="text-2xl">
        {t('related.title')}
      </h2>
      <PostCards posts={posts} locale={locale} />
      <p className="mt-4">
        <Link href={localePath(locale, '/nieuws')}>{t('related.all')}</Link>
      </p>
    </section>
  )
}
