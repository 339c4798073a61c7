import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/PageHeader'
import { PostList } from '@/components/PostList'
import { NEWS_INTRO } from '@/lib/posts'
import { getPostPage } from '@/lib/queries/posts'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({ title: 'Nieuws en verhalen', description: NEWS_INTRO, path: '/nieuws' })

export default async function NewsPage() {
  const page = await getPostPage('1')
  return (
    <>
      <PageHeader title="Nieuws en verhalen" intro={NEWS_INTRO}>
        <p className="no-print mt-3">
          <a href="/nieuws/feed.xml">Volg het nieuws met een RSS-lezer</a>
        </p>
      </PageHeader>
      <PostList {...page} />
    </>
  )
}
