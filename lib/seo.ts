import type { Metadata } from 'next'
import { OG_LOCALES, type Locale } from './i18n/locales'
import { languageAlternates, localePath } from './i18n/paths'

export const SITE_NAME = 'Doen & Laten Utrecht'

/** Feed readers find the news feed from every page (a page's `alternates` replace the layout's). */
export const FEED_ALTERNATE = { 'application/rss+xml': [{ url: '/nieuws/feed.xml', title: `Nieuws en verhalen | ${SITE_NAME}` }] }

/**
 * Title, description, canonical URL, the page in every language (hreflang, with x-default) and Open
 * Graph data for one public page. `path` is the page's Dutch path ("/locaties").
 */
export function pageMetadata({ title, description, path, locale }: { title: string; description: string; path: string; locale: Locale }): Metadata {
  const url = localePath(locale, path)
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path), types: FEED_ALTERNATE },
    openGraph: { title, description, url, siteName: SITE_NAME, locale: OG_LOCALES[locale], type: 'website' },
  }
}
