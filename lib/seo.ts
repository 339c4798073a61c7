import type { Metadata } from 'next'

export const SITE_NAME = 'Doen & Laten Utrecht'

/** Title, description, canonical URL and Open Graph data for one public page. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: SITE_NAME, locale: 'nl_NL', type: 'website' },
  }
}
