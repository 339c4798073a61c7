import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/PageHeader'
import { PostList } from '@/components/PostList'
import { getPostPage } from '@/lib/queries/posts'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('news.title'), description: t('news.intro'), path: '/nieuws', locale })
}

export default async function NewsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const page = await getPostPage('1', locale)
  return (
    <>
      <PageHeader title={t('news.title')} intro={t('news.intro')}>
        <p className="no-print mt-3">
          {/* The feed is Dutch in every language (lib/posts.ts NEWS_TITLE/NEWS_INTRO). */}
          <a href="/nieuws/feed.xml" hrefLang={DEFAULT_LOCALE}>
            {t('news.feed')}
          </a>
        </p>
      </PageHeader>
      <PostList {...page} locale={locale} />
    </>
  )
}
