import { lang } from 'next/root-params'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

/**
 * notFound() inside the site (an unknown huiskamer or course) renders within the site layout, in the
 * page's language. Next.js gives not-found.tsx no params, but `[lang]` is the root layout's segment, so
 * `next/root-params` has it. This boundary travels in every page's inline RSC payload: one language,
 * not all four.
 */
export default async function NotFound() {
  const value = await lang()
  const locale = isLocale(value) ? value : DEFAULT_LOCALE
  return <NotFoundMessage locale={locale} words={MESSAGES[locale].notFound} />
}
