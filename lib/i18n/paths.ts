import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales'

/** A site path ("/locaties/x") in a language: Dutch as it is, the others under their prefix ("/en/locaties/x"). */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

/**
 * The language and the language-free path of an address ("/tr/agenda" → tr, "/agenda"). "/nl/…" is
 * the internal form of a Dutch address (lib/i18n/rewrites.ts), which is what a page sees while it is
 * rendered on the server.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split('/')
  if (isLocale(first)) return { locale: first, path: `/${rest.join('/')}` }
  return { locale: DEFAULT_LOCALE, path: pathname }
}

/** hreflang alternates of one page: every language (reciprocal, the same set on each) plus x-default (Dutch). */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, localePath(locale, path)]))
  return { ...languages, 'x-default': localePath(DEFAULT_LOCALE, path) }
}
