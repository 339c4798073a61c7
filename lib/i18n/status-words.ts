import { weekdayName } from '@/lib/format'
import { WEEKDAYS, type StatusWords } from '@/lib/opening-hours'
import type { Locale } from './locales'
import { MESSAGES } from './messages'

/** The "open now" words of one language, as plain strings a client component can receive. */
export function statusWords(locale: Locale): StatusWords {
  const { openNow, closedNow, closedOpensAt, today } = MESSAGES[locale].hours
  const weekdays = Object.fromEntries(WEEKDAYS.map((day) => [day, weekdayName(day, locale)])) as StatusWords['weekdays']
  return { openNow, closedNow, closedOpensAt, today, weekdays }
}
