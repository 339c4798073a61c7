import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday, type ICalCalendar } from 'ical-generator'
import type { Location } from '@/payload-types'
import type { AgendaItem } from './agenda'
import { fullAddress, scheduleOf } from './locations'
import { addDays, amsterdamWallClock, crossesMidnight, minutesOf, TIME_ZONE, WEEKDAYS, weekdayOf, type Weekday } from './opening-hours'
import { documentPath } from './paths'
import { SITE_NAME } from './seo'

/**
 * iCalendar files for phones and calendar apps (ical-generator). Times are Amsterdam wall-clock times
 * with a VTIMEZONE, so an opening at 10:00 stays at 10:00 across daylight-saving changes. UIDs are
 * stable, so a subscribed calendar updates events instead of adding copies.
 */
const uid = (id: string, siteUrl: string) => `${id}@${new URL(siteUrl).hostname}`

const BYDAY: Record<Weekday, ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
}

/** ical-generator writes a Date's UTC fields as the time in the event's TZID: so give it wall-clock fields. */
function wallClockDate(isoDate: string, minutes = 0): Date {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60))
}

/** An instant as Amsterdam wall-clock fields. */
function amsterdamDate(instant: string): Date {
  const clock = amsterdamWallClock(new Date(instant))
  return wallClockDate(clock.date, clock.minutes)
}

function newCalendar(name: string): ICalCalendar {
  const calendar = ical({ name, prodId: { company: SITE_NAME, product: 'website', language: 'NL' }, method: ICalCalendarMethod.PUBLISH })
  calendar.timezone({ name: TIME_ZONE, generator: getVtimezoneComponent })
  // Subscribed calendars ask again after this long.
  calendar.ttl(60 * 60 * 6)
  return calendar
}

/** A calendar with agenda items: one for a download ("Zet in je agenda"), all for the /agenda.ics feed. */
export function agendaCalendar(name: string, items: AgendaItem[], siteUrl: string): string {
  const calendar = newCalendar(name)
  for (const item of items) {
    calendar.createEvent({
      id: uid(item.id, siteUrl),
      summary: item.title,
      description: item.description,
      location: item.place ? `${item.place.name}, ${item.place.address}` : undefined,
      url: `${siteUrl}${item.href}`,
      ...(item.allDay
        ? // All-day events end on the day after the last day.
          { allDay: true, start: wallClockDate(item.start), end: wallClockDate(addDays(item.end ?? item.start, 1)) }
        : {
            timezone: TIME_ZONE,
            start: amsterdamDate(item.start),
            // Without an end time an activity is shown as two hours.
            end: amsterdamDate(item.end ?? new Date(new Date(item.start).getTime() + 2 * 60 * 60 * 1000).toISOString()),
          }),
    })
  }
  return calendar.toString()
}

/** The next date on or after `from` that falls on `weekday`. */
function nextWeekday(from: string, weekday: Weekday): string {
  const offset = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7
  return addDays(from, offset)
}

/** Every date from `from` to `until` (inclusive, ISO dates). */
function datesBetween(from: string, until: string): string[] {
  const dates: string[] = []
  for (let date = from; date <= until && dates.length < 400; date = addDays(date, 1)) dates.push(date)
  return dates
}

/**
 * One huiskamer's week as recurring events (one per opening period), with its closures as exceptions:
 * follow your huiskamer in your own calendar.
 */
export function locationCalendar(location: Location, siteUrl: string, now = new Date()): string {
  const calendar = newCalendar(`${location.name} | ${SITE_NAME}`)
  const { slots, closures } = scheduleOf(location)
  const today = amsterdamWallClock(now).date
  const closedDates = new Set(
    closures.filter((closure) => closure.until.slice(0, 10) >= today).flatMap((closure) => datesBetween(closure.from.slice(0, 10), closure.until.slice(0, 10))),
  )
  const counts = new Map<Weekday, number>()
  for (const slot of slots) {
    const index = (counts.get(slot.day) ?? 0) + 1
    counts.set(slot.day, index)
    const first = nextWeekday(today, slot.day)
    const opens = minutesOf(slot.opens)
    const closes = minutesOf(slot.closes)
    const endDate = crossesMidnight(slot) ? addDays(first, 1) : first
    calendar.createEvent({
      id: uid(`open-${location.id}-${slot.day}-${index}`, siteUrl),
      summary: `${location.name} open`,
      description: slot.note ?? undefined,
      location: `${location.name}, ${fullAddress(location)}`,
      url: `${siteUrl}${documentPath('locations', location.slug)}`,
      timezone: TIME_ZONE,
      start: wallClockDate(first, opens),
      end: wallClockDate(endDate, closes),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [BYDAY[slot.day]],
        exclude: [...closedDates].filter((date) => nextWeekday(date, slot.day) === date).map((date) => wallClockDate(date, opens)),
      },
    })
  }
  return calendar.toString()
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' }

/** One course edition as an all-day event from its first to its last day: the .ics in the sign-up confirmation. */
export function editionCalendar(
  course: { title: string; slug: string },
  edition: { id?: string | null; label: string; startDate: string; endDate?: string | null; location?: number | Location | null },
  siteUrl: string,
): string {
  const calendar = newCalendar(`${course.title} | ${SITE_NAME}`)
  const first = amsterdamWallClock(new Date(edition.startDate)).date
  const last = edition.endDate ? amsterdamWallClock(new Date(edition.endDate)).date : first
  const place = typeof edition.location === 'object' && edition.location ? edition.location : undefined
  calendar.createEvent({
    id: uid(`edition-${edition.id ?? first}`, siteUrl),
    summary: `${course.title}: ${edition.label}`,
    location: place ? `${place.name}, ${fullAddress(place)}` : undefined,
    url: `${siteUrl}${documentPath('courses', course.slug)}`,
    allDay: true,
    start: wallClockDate(first),
    end: wallClockDate(addDays(last, 1)),
  })
  return calendar.toString()
}
