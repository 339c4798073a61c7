import type { Course } from '@/payload-types'

export type Edition = NonNullable<Course['editions']>[number]

const UPCOMING: Edition['status'][] = ['planned', 'open', 'full']

/** Editions that have not started yet and are not cancelled, soonest first. */
export function upcomingEditions(course: Pick<Course, 'editions'>, now = new Date()): Edition[] {
  return (course.editions ?? [])
    .filter((edition) => UPCOMING.includes(edition.status) && new Date(edition.startDate) >= startOfDay(now))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
}

/** Past and running editions, most recent first. */
export function pastEditions(course: Pick<Course, 'editions'>, now = new Date()): Edition[] {
  const upcoming = new Set(upcomingEditions(course, now))
  return (course.editions ?? [])
    .filter((edition) => !upcoming.has(edition))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}
