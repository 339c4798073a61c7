import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'
import type { Activity, Course, Location } from '@/payload-types'
import { agendaItems, agendaWhen, placeLine } from '@/lib/agenda'
import { agendaCalendar, locationCalendar } from '@/lib/ical'

const NOW = new Date('2026-12-01T10:00:00Z')
const SITE = 'http://localhost:3000'

const location = {
  id: 7,
  name: 'Huiskamer Ghanadreef',
  slug: 'huiskamer-ghanadreef',
  kind: 'huiskamer',
  neighbourhood: 'Overvecht',
  address: { street: 'Ghanadreef 2', city: 'Utrecht' },
  openingHours: [
    { day: 'monday', opens: '10:00', closes: '16:00' },
    { day: 'thursday', opens: '13:00', closes: '17:00' },
  ],
  closures: [{ from: '2026-12-24', until: '2027-01-01', reason: 'Kerstvakantie' }],
} as unknown as Location

const course = {
  id: 3,
  title: 'Ervaring, Contact, Herstel',
  shortName: 'ECH',
  slug: 'ervaring-contact-herstel',
  summary: 'De cursus.',
  editions: [
    { id: 'e1', label: 'Voorjaar 2027', startDate: '2027-03-01T00:00:00.000Z', endDate: '2027-05-31T00:00:00.000Z', status: 'open' },
    { id: 'e0', label: 'Najaar 2020', startDate: '2020-09-01T00:00:00.000Z', status: 'completed' },
  ],
} as unknown as Course

const activity = {
  id: 12,
  title: 'Kerstlunch',
  kind: 'activity',
  startsAt: '2026-12-18T11:30:00.000Z',
  endsAt: '2026-12-18T14:00:00.000Z',
  location,
} as unknown as Activity

const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT')

describe('the agenda', () => {
  const items = agendaItems({ courses: [course], locations: [location], activities: [activity] }, NOW)

  it('lists upcoming editions, closures and activities, soonest first, with stable ids', () => {
    expect(items.map((item) => [item.id, item.kind])).toEqual([
      ['activiteit-12', 'activity'],
      ['sluiting-7-2026-12-24', 'closure'],
      ['cursus-3-e1', 'course'],
    ])
  })

  it('makes an .ics that calendar apps read: Amsterdam times, whole days, stable UIDs', () => {
    const parsed = events(agendaCalendar('Agenda', items, SITE))
    expect(parsed).toHaveLength(3)
    const lunch = parsed.find((event) => event.summary === 'Kerstlunch')!
    // 11:30 UTC is 12:30 in Amsterdam in winter.
    expect(lunch.start.toISOString()).toBe('2026-12-18T11:30:00.000Z')
    expect(lunch.start.tz).toBe('Europe/Amsterdam')
    expect(lunch.uid).toBe('activiteit-12@localhost')
    expect(lunch.location).toContain('Ghanadreef 2')
    const closure = parsed.find((event) => event.uid === 'sluiting-7-2026-12-24@localhost')!
    expect(closure.datetype).toBe('date')
    expect(events(agendaCalendar('Agenda', items, SITE)).map((event) => event.uid)).toEqual(parsed.map((event) => event.uid))
  })

  it('gives a huiskamer weekly recurring hours with its closures as exceptions', () => {
    const parsed = events(locationCalendar(location, SITE, NOW))
    expect(parsed).toHaveLength(2)
    const monday = parsed.find((event) => event.uid === 'open-7-monday-1@localhost')!
    expect(monday.rrule?.toString()).toContain('FREQ=WEEKLY')
    expect(monday.rrule?.toString()).toContain('BYDAY=MO')
    // 10:00 in Amsterdam, in winter and in summer alike.
    expect(monday.start.toISOString()).toBe('2026-12-07T09:00:00.000Z')
    // The one Monday in the Christmas closure, at its opening time (node-ical keys it twice).
    const excluded = new Set(Object.values(monday.exdate ?? {}).map((date) => new Date(date).toISOString()))
    expect([...excluded]).toEqual(['2026-12-28T09:00:00.000Z'])
    const thursday = parsed.find((event) => event.uid === 'open-7-thursday-1@localhost')!
    expect(new Set(Object.values(thursday.exdate ?? {}).map((date) => new Date(date).toISOString()))).toEqual(
      new Set(['2026-12-24T12:00:00.000Z', '2026-12-31T12:00:00.000Z']),
    )
  })
})

describe('an agenda item\'s place', () => {
  it('is named once: address parts its name already says are left out', () => {
    expect(placeLine({ name: 'Stadsbrug Transwijk', address: 'Stadsbrug, Transwijk, Utrecht' })).toBe('Stadsbrug Transwijk, Utrecht')
    expect(placeLine({ name: 'Huiskamer Ghanadreef', address: 'Ghanadreef 2, 3562 AA Utrecht' })).toBe('Huiskamer Ghanadreef, Ghanadreef 2, 3562 AA Utrecht')
  })
})

describe('when an agenda item is', () => {
  const closure = { start: '2026-12-24', end: '2027-01-01', allDay: true }
  const lunch = { start: '2026-12-18T11:30:00.000Z', end: '2026-12-18T14:00:00.000Z', allDay: false }

  it('says so in Dutch as the site always did: "t/m", 24-hour Amsterdam time', () => {
    expect(agendaWhen(closure, 'nl')).toBe('24 december 2026 t/m 1 januari 2027')
    expect(agendaWhen({ start: '2026-12-24', end: '2026-12-24', allDay: true }, 'nl')).toBe('24 december 2026')
    expect(agendaWhen(lunch, 'nl')).toBe('18 december 2026, 12:30–15:00')
    expect(agendaWhen({ start: lunch.start, allDay: false }, 'nl')).toBe('18 december 2026, 12:30')
  })

  it('speaks the page\'s language: English and Turkish words and dates', () => {
    expect(agendaWhen(closure, 'en')).toBe('24 December 2026 to 1 January 2027')
    expect(agendaWhen(lunch, 'en')).toBe('18 December 2026, 12:30–15:00')
    expect(agendaWhen(closure, 'tr')).toBe('24 Aralık 2026 – 1 Ocak 2027')
    expect(agendaWhen(lunch, 'tr')).toBe('18 Aralık 2026, saat 12:30–15:00')
  })

  it('keeps Western digits in Arabic, with the time range isolated left to right', () => {
    const when = agendaWhen(lunch, 'ar')
    expect(when).toMatch(/^18 ديسمبر 2026/)
    expect(when).toContain('\u206612:30–15:00\u2069')
    expect(agendaWhen(closure, 'ar')).toBe('من 24 ديسمبر 2026 حتى 1 يناير 2027')
  })
})
