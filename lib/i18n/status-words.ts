import { weekdayName } from '@/lib/format'
import { WEEKDAYS, type StatusWords } from '@/lib/opening-hours'
import { LOCALES, type Locale } from './locales'
import { MESSAGES } from './messages'

/** The "open now" words of one language, as plain strings a client component can receive. */
function wordsOf(locale: Locale): StatusWords {
  const { openNow, closedNow, closedOpensAt, today } = MESSAGES[locale].hours
  const weekdays = Object.fromEntries(WEEKDAYS.map((day) => [day, weekdayName(day, locale)])) as StatusWords['weekdays']
  return { openNow, closedNow, closedOpensAt, today, weekdays }
}

// One object per language: React writes an object it has already sent as a reference, so a page with
// many huiskamer cards carries the words once in its RSC payload.
const WORDS = Object.fromEntries(LOCALES.map((locale) => [locale, wordsOf(locale)])) as Record<Locale, StatusWords>

export const statusWords = (locale: Locale): StatusWords => WORDS[locale]
