import { INTL_LOCALES, type Locale } from './i18n/locales'
import { TIME_ZONE, WEEKDAYS, type Weekday } from './opening-hours'

type Formats = { date: Intl.DateTimeFormat; month: Intl.DateTimeFormat; monthName: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat }
const formats = new Map<Locale, Formats>()

/** One set of Intl formats per language, in Amsterdam time (a date means the same day for everyone here). */
function formatsFor(locale: Locale): Formats {
  let found = formats.get(locale)
  if (!found) {
    const intl = INTL_LOCALES[locale]
    found = {
      date: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
      month: new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
      monthName: new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      weekday: new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }),
    }
    formats.set(locale, found)
  }
  return found
}

/** "1 september 2017" */
export function formatDate(iso: string, locale: Locale = 'nl'): string {
  return formatsFor(locale).date.format(new Date(iso))
}

/** "september 2017" */
export function formatMonth(iso: string, locale: Locale = 'nl'): string {
  return formatsFor(locale).month.format(new Date(iso))
}

/** "2017" or "september 2017" for timeline events. */
export function formatYearMonth(year: number, month?: number | null, locale: Locale = 'nl'): string {
  return month ? formatsFor(locale).monthName.format(Date.UTC(year, month - 1, 1)) : String(year)
}

// 2024-01-01 was a Monday: the weekday names come from Intl, in every language.
const A_MONDAY = Date.UTC(2024, 0, 1)

/** "maandag", "Monday", "Pazartesi", "الاثنين" */
export function weekdayName(day: Weekday, locale: Locale = 'nl'): string {
  return formatsFor(locale).weekday.format(A_MONDAY + WEEKDAYS.indexOf(day) * 86_400_000)
}

export function yearOf(iso: string | null | undefined): number | undefined {
  return iso ? new Date(iso).getUTCFullYear() : undefined
}

/** "0800-0113" -> "tel:08000113", for tap-to-call links. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}
