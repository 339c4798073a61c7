import { notFound } from 'next/navigation'
import { isLocale, LOCALES, type Locale } from './locales'

export type LangParams = Promise<{ lang: string }>

/** Every language is prerendered; any other first segment is not a page. */
export const localeParams = () => LOCALES.map((lang) => ({ lang }))

/** The page's language from its route: anything but one of ours is a 404, never a query in it. */
export async function pageLocale(params: LangParams): Promise<Locale> {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return lang
}
