import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { z } from 'zod'
import { PageHeader } from '@/components/ui/PageHeader'
import { PostList } from '@/components/PostList'
import { postListPath } from '@/lib/posts'
import { getPostPage } from '@/lib/queries/posts'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ page: string; lang: string }> }

const pageNumber = z.coerce.number().int().min(1).max(10_000)

/** Every further page is rendered at build time and again whenever a story changes. */
export async function generateStaticParams() {
  const { totalPages } = await getPostPage('1', 'nl')
  return Array.from({ length: totalPages - 1 }, (_, index) => ({ page: String(index + 2) }))
}

async function loadPage(params: Props['params']) {
  const parsed = pageNumber.safeParse((await params).page)
  if (!parsed.success) notFound()
  if (parsed.data === 1) permanentRedirect(localePath(await pageLocale(params), postListPath(1)))
  const page = await getPostPage(String(parsed.data), await pageLocale(params))
  if (parsed.data > page.totalPages) notFound()
  return page
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await loadPage(params)
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('news.pageTitle', { page }), description: t('news.pageDescription'), path: postListPath(page), locale })
}

export default async function NewsListPage({ params }: Props) {
  const page = await loadPage(params)
  const locale = await pageLocale(params)
  const t = translator(locale)
  return (
    <>
      <PageHeader title={t('news.pageTitle', { page: page.page })} />
      <PostList {...page} locale={locale} />
    </>
  )
}
