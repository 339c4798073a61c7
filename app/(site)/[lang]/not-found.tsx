import { NotFoundMessage } from '@/components/NotFoundMessage'
import { directionOf, LOCALES } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

/**
 * notFound() inside the site (an unknown huiskamer or course) renders within the site layout. Next.js
 * gives not-found.tsx no params, so the text is here in every language and the document's language
 * shows one (globals.css, `data-page-language`). A client component that read the language from the
 * route was a script of its own on every page, loaded before the page could hydrate, for a page
 * almost never shown.
 */
export default function NotFound() {
  return LOCALES.map((locale) => (
    <div key={locale} lang={locale} dir={directionOf(locale)} data-page-language={locale}>
      <NotFoundMessage locale={locale} words={MESSAGES[locale].notFound} />
    </div>
  ))
}
