/** The site's languages. Dutch is the default: its pages live at `/`, the others under `/en/`, `/tr/`, `/ar/`. */
export const LOCALES = ['nl', 'en', 'tr', 'ar'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'nl'

/** Each language named in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English', tr: 'Türkçe', ar: 'العربية' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/**
 * The Intl locale for dates, times and numbers. Arabic keeps Western digits (`nu-latn`): addresses,
 * phone numbers and opening hours in Utrecht are written with them, and readers here know them.
 */
export const INTL_LOCALES: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', tr: 'tr-TR', ar: 'ar-u-nu-latn' }

/** Open Graph's locale names. */
export const OG_LOCALES: Record<Locale, string> = { nl: 'nl_NL', en: 'en_GB', tr: 'tr_TR', ar: 'ar_AR' }
