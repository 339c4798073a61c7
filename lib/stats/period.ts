import { z } from 'zod'
import { statsDay } from './calendar.mjs'

export type Period = { from: string; to: string }

/** Reports cover at most this many days (a few years of annual reports). */
const MAX_DAYS = 5 * 366
const isoDay = z.iso.date()

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Periods one click away in the dashboard. */
export const PRESETS = [
  { days: 7, label: 'Laatste 7 dagen' },
  { days: 30, label: 'Laatste 30 dagen' },
  { days: 90, label: 'Laatste 3 maanden' },
  { days: 365, label: 'Laatste jaar' },
] as const

export function lastDays(days: number, today = statsDay()): Period {
  return { from: addDays(today, -(days - 1)), to: today }
}

/**
 * The period the dashboard shows, from its search parameters `van` and `tot` (YYYY-MM-DD). Anything
 * missing, malformed, reversed or too long falls back to the last 30 days: a bad link still shows a report.
 */
export function parsePeriod(params: Record<string, unknown>, today = statsDay()): Period {
  const from = isoDay.safeParse(params.van)
  const to = isoDay.safeParse(params.tot)
  if (!from.success || !to.success || from.data > to.data || from.data < addDays(to.data, -MAX_DAYS)) return lastDays(30, today)
  return { from: from.data, to: to.data }
}

/** Every day of the period, for charts without gaps. */
export function daysOf({ from, to }: Period): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

/** A calendar year as a period (the annual summary). */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}
