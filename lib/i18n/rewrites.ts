import { DEFAULT_LOCALE, LOCALES } from './locales'

/**
 * Every public page lives under app/(site)/[lang]. A Dutch address has no prefix ("/locaties"): the
 * router rewrites it to "/nl/locaties" before it looks for a route, and "/nl/…" itself redirects to
 * the address without a prefix, so each page has one address per language. Config rewrites are
 * matched by the router itself: no proxy code runs for a page request.
 *
 * Left alone: the other languages' prefixes, Next.js and Payload (`_next`, `api`, `admin`), public
 * files, metadata files at the root and the LCP reference page (its own root layout).
 */
const UNPREFIXED = ['_next', 'api', 'admin', 'icons', 'lcp-referentie', '\\.well-known', ...LOCALES].join('|')
const ROOT_FILES = ['favicon\\.ico', 'robots\\.txt', 'sitemap\\.xml', 'manifest\\.webmanifest'].join('|')

export const localeRewrites = {
  rewrites: [
    { source: '/', destination: `/${DEFAULT_LOCALE}` },
    { source: `/:path((?!(?:${UNPREFIXED})(?:/|$))(?!(?:${ROOT_FILES})$).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
  ],
  redirects: [
    { source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true },
  ],
}
