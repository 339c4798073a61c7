import { weekdayName } from '@/lib/format'
import { WEEKDAYS, type StatusWords } from '@/lib/opening-hours'
import type { Locale } from './locales'
import { MESSAGES } from './messages'

const made = new Map<Locale, StatusWords>()

/**
 * The "open now" words of one language, as plain strings a client component can receive. One object
 * per language: React writes an object it has already sent as a reference, so a page with many
 * huiskamer cards carries the words once in its RSC payload.
 */
export function statusWords(locale: Locale): StatusWords {
  let words = made.get(locale)
  if (!words) {
    const { openNow, closedNow, closedOpensAt, today } = MESSAGES[locale].hours
    const weekdays = Object.fromEntries(WEEKDAYS.map((day) => [day, weekdayName(day, locale)])) as StatusWords['weekdays']
    words = { openNow, closedNow, closedOpensAt, today, weekdays }
    made.set(locale, words)
  }
  return words
}
