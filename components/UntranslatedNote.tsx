import type { ReactNode } from 'react'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'

/** "This text is not yet available in English", in the visitor's language, before a Dutch text. */
export function UntranslatedNote({ locale, page = false }: { locale: Locale; page?: boolean }) {
  if (locale === DEFAULT_LOCALE) return null
  return (
    <p role="note" className="mb-3 max-w-prose rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted">
      {translator(locale)(page ? 'untranslated.page' : 'untranslated.text')}
    </p>
  )
}

/**
 * A page whose words are not translated yet: on another language's page it says so and marks its
 * content Dutch (`lang="nl"`), so a screen reader pronounces it right. Never an empty page or a 404.
 */
export function DutchOnlyPage({ locale, children }: { locale: Locale; children: ReactNode }) {
  if (locale === DEFAULT_LOCALE) return children
  return (
    <>
      <UntranslatedNote locale={locale} page />
      <div lang={DEFAULT_LOCALE}>{children}</div>
    </>
  )
}
