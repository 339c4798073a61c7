import type { Metadata } from 'next'
import { SearchPage } from '@/components/SearchPage'
import { translator } from '@/lib/i18n/messages'
import { languageAlternates } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const t = translator(await pageLocale(params))
  return {
    title: t('searchPage.title'),
    description: t('searchPage.description'),
    alternates: { languages: languageAlternates('/zoeken') },
    // Result pages are endless variations of the site itself.
    robots: { index: false, follow: true },
  }
}

/** The empty search page, static; a search with words is answered by ./[words] (lib/search/address.mjs). */
export default async function EmptySearchPage({ params }: { params: LangParams }) {
  return <SearchPage locale={await pageLocale(params)} />
}
