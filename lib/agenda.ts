import type { Activity, Course, Location } from '@/payload-types'
import { upcomingEditions } from './courses'
import { formatDate } from './format'
import { langOf, type WithFallback } from './i18n/fallback'
import { directionOf, INTL_LOCALES, type Locale } from './i18n/locales'
import { translator } from './i18n/messages'
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
  /**
   * The texts that are Dutch on every language's page: an activity's title and summary and a closure's
   * reason are not translated, a course summary may fall back to Dutch. The page marks them `lang="nl"`.
   */
  untranslated?: ('title' | 'description')[]
}

const placeOf = (location: Location) => ({ name: location.name, address: fullAddress(location), href: documentPath('locations', location.slug) })

/** Every item that has not ended before today (Amsterdam), soonest first. */
export function agendaItems(
  { courses, locations, activities }: { courses: WithFallback<Course>[]; locations: Location[]; activities: Activity[] },
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
        ...(langOf(course, 'summary') ? { untranslated: ['description' as const] } : {}),
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
        untranslated: ['description'],
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
      untranslated: ['title', 'description'],
    })
  }

  return items.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'nl'))
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>()

/** "12:30" in Amsterdam time, 24-hour clock, with the language's digits (Western for Arabic too). */
function formatTime(iso: string, locale: Locale): string {
  let format = timeFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE })
    timeFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}

// Left-to-right isolate (U+2066 … U+2069), the plain-text <bdi dir="ltr">: keeps "12:30–15:00" in
// that order inside a right-to-left sentence.
const ltr = (text: string) => `\u2066${text}\u2069`

/**
 * When an item is, in the page's language (agenda.period and agenda.dateTime): "24 december 2026 t/m
 * 1 januari 2027", or "18 december 2026, 12:30–15:00" (Amsterdam time). The .ics files do not use it.
 */
export function agendaWhen(item: Pick<AgendaItem, 'start' | 'end' | 'allDay'>, locale: Locale): string {
  const t = translator(locale)
  const date = (iso: string) => formatDate(iso, locale)
  if (item.allDay) return item.end && item.end !== item.start ? t('agenda.period', { from: date(item.start), until: date(item.end) }) : date(item.start)
  const start = formatTime(item.start, locale)
  const time = item.end ? `${start}–${formatTime(item.end, locale)}` : start
  return t('agenda.dateTime', { date: date(item.start), time: directionOf(locale) === 'rtl' ? ltr(time) : time })
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
