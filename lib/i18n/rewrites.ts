import { ROOT_FILES, UNPREFIXED_SEGMENTS } from './dutch-addresses.mjs'
import { DEFAULT_LOCALE } from './locales'

/**
 * Every public page lives under app/(site)/[lang]. A Dutch address has no prefix ("/locaties"): it is
 * rewritten to "/nl/locaties" before routing, and "/nl/…" itself redirects to the address without a
 * prefix, so each page has one address per language. In production scripts/serve.mjs does both
 * (lib/i18n/dutch-addresses.mjs) before Next.js routes, which is cheaper; these config rules, built
 * from the same lists, do it for `next dev`. They stay in the production build as well: the rewrite
 * finds nothing to do there (serve.mjs already prefixed the address), and the redirect is left out,
 * since it would send serve.mjs's "/nl/…" back to "/…" (next.config.ts).
 */
const escape = (name: string) => name.replace(/\./g, '\\.')
const UNPREFIXED = UNPREFIXED_SEGMENTS.map(escape).join('|')
const ROOT = ROOT_FILES.map(escape).join('|')

export const localeRewrites = {
  rewrites: [
    { source: '/', destination: `/${DEFAULT_LOCALE}` },
    { source: `/:path((?!(?:${UNPREFIXED})(?:/|$))(?!(?:${ROOT})$).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
  ],
  redirects: [
    { source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true },
  ],
}
