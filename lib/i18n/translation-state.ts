import { LOCALES, DEFAULT_LOCALE, type Locale } from './locales'

export type TranslationState = { review: string | null; savedAt: string | null }
export type TranslationStatus = 'missing' | 'needs-review' | 'out-of-date' | 'done'

export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE) as Exclude<Locale, 'nl'>[]

/** One translation's status: missing, waiting for a native speaker, older than the Dutch text, or done. */
export function translationStatus(state: TranslationState | undefined, dutchChangedAt: string | null): TranslationStatus {
  if (!state?.savedAt) return 'missing'
  if (dutchChangedAt && state.savedAt < dutchChangedAt) return 'out-of-date'
  if (state.review !== 'reviewed') return 'needs-review'
  return 'done'
}

/** Whether any language still needs work (the admin's "Moet vertaald worden" filter). */
export function translationNeeded(states: Partial<Record<string, TranslationState>>, dutchChangedAt: string | null): boolean {
  return TRANSLATED_LOCALES.some((locale) => translationStatus(states[locale], dutchChangedAt) !== 'done')
}
