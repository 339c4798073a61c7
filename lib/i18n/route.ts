import { notFound, redirect } from 'next/navigation'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales'

export type LangParams = Promise<{ lang: string }>

/** Every language is prerendered; any other first segment is not a page. */
export const localeParams = () => LOCALES.map((lang) => ({ lang }))

/** The page's language from its route: anything but one of ours is a 404, never a query in it. */
export async function pageLocale(params: LangParams): Promise<Locale> {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return lang
}

/**
 * A page that exists only in Dutch (the personal pages a Dutch e-mail links to): another language's
 * address for it redirects to the Dutch one, rather than Dutch text under another language's <html lang>.
 */
export async function requireDutch(params: LangParams, dutchPath: string): Promise<void> {
  if ((await pageLocale(params)) !== DEFAULT_LOCALE) redirect(dutchPath)
}
