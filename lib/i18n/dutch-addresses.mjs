// @ts-check
/**
 * Dutch pages have no prefix ("/locaties") but live under app/(site)/[lang] as "/nl/locaties". In
 * production scripts/serve.mjs maps the one to the other before Next.js sees the request, with this
 * function: a string operation. Done by a Next.js config rewrite instead, every Dutch page view paid for
 * a matched rewrite (route resolution, a path-to-regexp destination compiled per request): the same
 * page in English, without a rewrite, served 10–25 % more requests per second (README, "Speed").
 * `next dev` has no serve.mjs: there the config rewrite and redirect in lib/i18n/rewrites.ts, built
 * from the same lists, do the same.
 */

import { LANGUAGE_PREFIXES } from './prefixes.mjs'

/** First path segments that are not Dutch pages: Next.js, Payload, public files, the other languages. */
export const UNPREFIXED_SEGMENTS = ['_next', 'api', 'admin', 'icons', 'lcp-referentie', '.well-known', 'nl', ...LANGUAGE_PREFIXES]
/** Files at the root that are not pages. */
export const ROOT_FILES = ['favicon.ico', 'robots.txt', 'sitemap.xml', 'manifest.webmanifest']

/**
 * What to do with a request's URL (path and query) for the Dutch addresses: redirect `/nl/…` to the
 * address without the prefix (one address per page) and a page address with a trailing slash to the
 * one without, rewrite an unprefixed page address to `/nl/…`,
 * or leave it alone.
 * @param {string} url
 * @returns {{ redirect: string } | { rewrite: string } | null}
 */
export function dutchAddress(url) {
  const queryAt = url.indexOf('?')
  const path = queryAt === -1 ? url : url.slice(0, queryAt)
  const query = queryAt === -1 ? '' : url.slice(queryAt)
  if (path === '/nl' || path.startsWith('/nl/')) return { redirect: onThisSite(path.slice(3)) + query }
  if (path === '/') return { rewrite: `/nl${query}` }
  const first = path.slice(1).split('/', 1)[0]
  if (UNPREFIXED_SEGMENTS.includes(first) || ROOT_FILES.includes(path.slice(1))) return null
  // Next.js would redirect "/nl/locaties/" to "/nl/locaties", which redirects again: one step instead.
  if (path.endsWith('/')) return { redirect: onThisSite(path.replace(/\/+$/, '')) + query }
  return { rewrite: `/nl${path}${query}` }
}

/**
 * A redirect target on this site: one leading slash, since "//host" in a Location header is another site.
 * @param {string} path
 */
function onThisSite(path) {
  return `/${path.replace(/^\/+/, '')}`
}
