import type { Activity, Course, Location } from '@/payload-types'
import { upcomingEditions } from './courses'
import { fullAddress, scheduleOf } from './locations'
import { amsterdamWallClock, TIME_ZONE } from './opening-hours'
import { documentPath } from './paths'

/**
 * What is coming up: course editions, closures of huiskamers, extra openings and activities. Dates
 * without a time (editions, closures) are whole days; activities have an instant. Pure: the pages and
 * the .ics feeds (lib/ical.ts) are built from the same list.
 */
export type AgendaItem = {
  /** Stable: the event's UID in every calendar and its download address (/agenda/<id>.ics). */
  id: string
  kind: 'course' | 'closure' | 'activity' | 'extra-opening'
  title: string
  /** All-day items: ISO dates, `end` inclusive. Timed items: ISO instants. */
  start: string
  end?: string
  allDay: boolean
  place?: { name: string; address: string; href: string }
  description?: string
  href: string
}

export const AGENDA_KIND_LABELS: Record<AgendaItem['kind'], string> = {
  course: 'Cursus',
  closure: 'Gesloten',
  activity: 'Activiteit',
  'extra-opening': 'Extra open',
}

const placeOf = (location: Location) => ({ name: location.name, address: fullAddress(location), href: documentPath('locations', location.slug) })

/** Every item that has not ended before today (Amsterdam), soonest first. */
export function agendaItems(
  { courses, locations, activities }: { courses: Course[]; locations: Location[]; activities: Activity[] },
  now = new Date(),
): AgendaItem[] {
  const today = amsterdamWallClock(now).date
  const items: AgendaItem[] = []

  for (const course of courses) {
    for (const edition of upcomingEditions(course, now)) {
      const venue = typeof edition.location === 'object' && edition.location ? edition.location : undefined
      items.push({
        id: `cursus-${course.id}-${edition.id}`,
        kind: 'course',
        title: `${course.title} (${course.shortName}): ${edition.label}`,
        start: edition.startDate.slice(0, 10),
        end: edition.endDate?.slice(0, 10),
        allDay: true,
        place: venue ? placeOf(venue) : undefined,
        description: course.summary,
        href: documentPath('courses', course.slug),
      })
    }
  }

  for (const location of locations) {
    for (const closure of scheduleOf(location).closures) {
      if (closure.until.slice(0, 10) < today) continue
      items.push({
        id: `sluiting-${location.id}-${closure.from.slice(0, 10)}`,
        kind: 'closure',
        title: `${location.name} gesloten`,
        start: closure.from.slice(0, 10),
        end: closure.until.slice(0, 10),
        allDay: true,
        place: placeOf(location),
        description: closure.reason,
        href: documentPath('locations', location.slug),
      })
    }
  }

  for (const activity of activities) {
    const location = typeof activity.location === 'object' ? activity.location : undefined
    if (new Date(activity.endsAt ?? activity.startsAt) < now) continue
    items.push({
      id: `activiteit-${activity.id}`,
      kind: activity.kind,
      title: activity.title,
      start: activity.startsAt,
      end: activity.endsAt ?? undefined,
      allDay: false,
      place: location ? placeOf(location) : undefined,
      description: activity.summary ?? undefined,
      href: location ? documentPath('locations', location.slug) : '/agenda',
    })
  }

  return items.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'nl'))
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE })

/** "24 december 2026 t/m 1 januari 2027", or "18 december 2026, 12:30–15:00" (Amsterdam time). */
export function agendaWhen(item: Pick<AgendaItem, 'start' | 'end' | 'allDay'>, formatDate: (iso: string) => string): string {
  if (item.allDay) return item.end && item.end !== item.start ? `${formatDate(item.start)} t/m ${formatDate(item.end)}` : formatDate(item.start)
  const start = `${formatDate(item.start)}, ${timeFormat.format(new Date(item.start))}`
  return item.end ? `${start}–${timeFormat.format(new Date(item.end))}` : start
}

/**
 * "Stadsbrug Transwijk, Utrecht": where an item is, naming the place once. The address parts that
 * its name already says ("Stadsbrug", "Transwijk") are left out.
 */
export function placeLine(place: { name: string; address: string }): string {
  const rest = place.address.split(', ').filter((part) => !place.name.toLowerCase().includes(part.toLowerCase()))
  return [place.name, ...rest].join(', ')
}

export const agendaItemPath = (item: Pick<AgendaItem, 'id'>) => `/agenda/${item.id}.ics`
