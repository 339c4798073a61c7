import { withDatabaseClient } from '@/lib/database-client'
import { env } from '@/lib/env'
import { HEARD_FROM } from '@/lib/registration-input'
import { daysOf, type Period } from './period'

export type DayCount = { day: string; count: number }
export type ReachReport = {
  period: Period
  totals: { views: number; visitors: number; signUps: number; subscriptions: number; emptySearches: number; unknownAddresses: number }
  perDay: { day: string; views: number; visitors: number; subscriptions: number }[]
  topPages: { path: string; views: number }[]
  signUps: { week: string; course: string; edition: string; heardFrom: string; signUps: number }[]
  heardFrom: { heardFrom: string; signUps: number }[]
  subscriptions: { file: string; requests: number }[]
  emptySearches: { words: string; searches: number }[]
  unknownAddresses: { path: string; hits: number }[]
}

const TOP = 50
const HEARD_FROM_LABELS: Record<string, string> = Object.fromEntries(HEARD_FROM.map((option) => [option.value, option.label]))

/** How a sign-up's answer reads in the dashboard ('' is "not answered"). */
export const heardFromLabel = (value: string) => HEARD_FROM_LABELS[value] ?? 'Niet ingevuld'

/**
 * Everything the "Bereik" dashboard shows for a period, in one connection. Only aggregates: the
 * tables hold nothing else. `firstPaths` (a coordinator's huiskamers) come first in the top pages.
 */
export async function reachReport(period: Period, firstPaths: string[] = []): Promise<ReachReport> {
  const range = [period.from, period.to]
  return withDatabaseClient(env.DATABASE_URL, async (client) => {
    const rows = async <T>(text: string, params: unknown[] = range) => (await client.query(text, params)).rows as T[]
    // One after the other: a pg client runs one query at a time anyway.
    const views = await rows<DayCount>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(views)::int AS count FROM stats_page_views WHERE day BETWEEN $1 AND $2 GROUP BY day`)
    const visitors = await rows<DayCount>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, visitors AS count FROM stats_visitors WHERE day BETWEEN $1 AND $2`)
    const subscriptionsPerDay = await rows<DayCount>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(requests)::int AS count FROM stats_subscriptions WHERE day BETWEEN $1 AND $2 GROUP BY day`,
    )
    const topPages = await rows<{ path: string; views: number }>(
      `SELECT path, sum(views)::int AS views FROM stats_page_views WHERE day BETWEEN $1 AND $2 GROUP BY path
       ORDER BY path = ANY($3) DESC, views DESC, path LIMIT ${TOP}`,
      [...range, firstPaths],
    )
    const signUps = await rows<{ week: string; course: string; edition: string; heard_from: string; sign_ups: number }>(
      `SELECT to_char(s.week, 'YYYY-MM-DD') AS week, coalesce(c.title, 'Verwijderde cursus') AS course, s.edition, s.heard_from, sum(s.sign_ups)::int AS sign_ups
       FROM stats_sign_ups s LEFT JOIN courses c ON c.id = s.course_id
       WHERE s.week BETWEEN date_trunc('week', $1::date) AND $2 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    const subscriptions = await rows<{ file: string; requests: number }>(
      `SELECT file, sum(requests)::int AS requests FROM stats_subscriptions WHERE day BETWEEN $1 AND $2 GROUP BY file ORDER BY requests DESC, file`,
    )
    const emptySearches = await rows<{ words: string; searches: number }>(
      `SELECT words, sum(searches)::int AS searches FROM stats_empty_searches WHERE day BETWEEN $1 AND $2 GROUP BY words ORDER BY searches DESC, words LIMIT ${TOP}`,
    )
    const unknownAddresses = await rows<{ path: string; hits: number }>(
      `SELECT path, sum(hits)::int AS hits FROM stats_unknown_addresses WHERE day BETWEEN $1 AND $2 GROUP BY path ORDER BY hits DESC, path LIMIT ${TOP}`,
    )
    // The lists stop at TOP rows; the totals count everything.
    const [totals] = await rows<{ empty_searches: number; unknown_addresses: number }>(
      `SELECT (SELECT coalesce(sum(searches), 0)::int FROM stats_empty_searches WHERE day BETWEEN $1 AND $2) AS empty_searches,
              (SELECT coalesce(sum(hits), 0)::int FROM stats_unknown_addresses WHERE day BETWEEN $1 AND $2) AS unknown_addresses`,
    )
    const byDay = (list: DayCount[]) => new Map(list.map((row) => [row.day, row.count]))
    const [viewsByDay, visitorsByDay, subscriptionsByDay] = [byDay(views), byDay(visitors), byDay(subscriptionsPerDay)]
    const perDay = daysOf(period).map((day) => ({
      day,
      views: viewsByDay.get(day) ?? 0,
      visitors: visitorsByDay.get(day) ?? 0,
      subscriptions: subscriptionsByDay.get(day) ?? 0,
    }))
    const heardFrom = new Map<string, number>()
    for (const row of signUps) heardFrom.set(row.heard_from, (heardFrom.get(row.heard_from) ?? 0) + row.sign_ups)
    const sum = (list: number[]) => list.reduce((total, n) => total + n, 0)
    return {
      period,
      totals: {
        views: sum(perDay.map((row) => row.views)),
        visitors: sum(perDay.map((row) => row.visitors)),
        signUps: sum(signUps.map((row) => row.sign_ups)),
        subscriptions: sum(perDay.map((row) => row.subscriptions)),
        emptySearches: totals.empty_searches,
        unknownAddresses: totals.unknown_addresses,
      },
      perDay,
      topPages,
      signUps: signUps.map((row) => ({ week: row.week, course: row.course, edition: row.edition || 'Interesse (geen editie)', heardFrom: heardFromLabel(row.heard_from), signUps: row.sign_ups })),
      heardFrom: [...heardFrom].map(([value, signUps]) => ({ heardFrom: heardFromLabel(value), signUps })).sort((a, b) => b.signUps - a.signUps),
      subscriptions,
      emptySearches,
      unknownAddresses,
    }
  })
}
