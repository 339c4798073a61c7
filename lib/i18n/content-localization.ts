import type { LocalizationConfig } from 'payload'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './locales'

/**
 * Payload's localization: a visitor's texts (titles, summaries, descriptions) per language; slugs,
 * hours, dates and relations are shared. `fallback` fills a missing translation with the Dutch text in
 * the admin and the API; the site asks without fallback where it marks untranslated parts (lib/i18n/fallback.ts).
 */
export const contentLocalization: LocalizationConfig = {
  locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code], rtl: code === 'ar' })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}
