import { notFound } from 'next/navigation'
import { SearchPage } from '@/components/SearchPage'
import { pageLocale } from '@/lib/i18n/route'
import { wordsOfSegment } from '@/lib/search/address.mjs'

export { generateMetadata } from '../page'

type Props = { params: Promise<{ lang: string; words: string }> }

// No search is rendered at build time: each is rendered on its first request, then served from the
// cache like any page until the searched content changes (the content tags of its results).
export async function generateStaticParams() {
  return []
}

/** The results of a search, at the address scripts/serve.mjs maps /zoeken?q=… to (lib/search/address.mjs). */
export default async function SearchResultsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const q = wordsOfSegment((await params).words)
  if (!q) notFound()
  return <SearchPage locale={locale} q={q} />
}
