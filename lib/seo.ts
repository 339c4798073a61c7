import type { Metadata } from 'next'

export const SITE_NAME = 'Doen & Laten Utrecht'

/** Feed readers find the news feed from every page (a page's `alternates` replace the layout's). */
export const FEED_ALTERNATE = { 'application/rss+xml': [{ url: '/nieuws/feed.xml', title: `Nieuws en verhalen | ${SITE_NAME}` }] }

/** Title, description, canonical URL and Open Graph data for one public page. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph: { title, description, url: path, siteName: SITE_NAME, locale: 'nl_NL', type: 'website' },
  }
}
