import { TIME_ZONE } from './opening-hours'

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** "1 september 2017" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

/** "september 2017" */
export function formatMonth(iso: string): string {
  return monthFormat.format(new Date(iso))
}

/** "2017" or "september 2017" for timeline events. */
export function formatYearMonth(year: number, month?: number | null): string {
  return month ? `${MONTHS[month - 1]} ${year}` : String(year)
}

export function yearOf(iso: string | null | undefined): number | undefined {
  return iso ? new Date(iso).getUTCFullYear() : undefined
}

/** "0800-0113" -> "tel:08000113", for tap-to-call links. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}
