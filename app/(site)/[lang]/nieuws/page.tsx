import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/PageHeader'
import { PostList } from '@/components/PostList'
import { NEWS_INTRO } from '@/lib/posts'
import { getPostPage } from '@/lib/queries/posts'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({ title: 'Nieuws en verhalen', description: NEWS_INTRO, path: '/nieuws', locale: await pageLocale(params) })
}

export default async function NewsPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const page = await getPostPage('1', locale)
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader title="Nieuws en verhalen" intro={NEWS_INTRO}>
          <p className="no-print mt-3">
            <a href="/nieuws/feed.xml">Volg het nieuws met een RSS-lezer</a>
          </p>
        </PageHeader>
        <PostList {...page} locale={locale} />
      </>
    </DutchOnlyPage>
  )
}
