import { describe, expect, it } from 'vitest'
import {
  amsterdamWallClock,
  crossesMidnight,
  openStatus,
  slotProblem,
  statusLabel,
  type OpeningSlot,
} from '@/lib/opening-hours'
import { statusWords } from '@/lib/i18n/status-words'

const week: OpeningSlot[] = [
  { day: 'monday', opens: '10:00', closes: '15:00' },
  { day: 'wednesday', opens: '10:00', closes: '12:00' },
  { day: 'wednesday', opens: '13:00', closes: '16:00' },
  { day: 'friday', opens: '20:00', closes: '02:00', note: 'nachtcafé' },
]

// Monday 2026-11-23 is in winter time (UTC+1); Monday 2026-06-22 in summer time (UTC+2).
const at = (iso: string) => new Date(iso)

describe('amsterdamWallClock', () => {
  it('converts UTC to Amsterdam wall-clock time in winter (UTC+1)', () => {
    expect(amsterdamWallClock(at('2026-11-23T09:30:00Z'))).toEqual({ date: '2026-11-23', weekday: 'monday', minutes: 630 })
  })
  it('converts UTC to Amsterdam wall-clock time in summer (UTC+2)', () => {
    expect(amsterdamWallClock(at('2026-06-22T09:30:00Z'))).toEqual({ date: '2026-06-22', weekday: 'monday', minutes: 690 })
  })
  it('rolls over to the next Amsterdam day before UTC does', () => {
    expect(amsterdamWallClock(at('2026-06-21T22:30:00Z')).weekday).toBe('monday')
  })
})

describe('openStatus', () => {
  it('is open during a slot and says until when', () => {
    expect(openStatus(week, [], at('2026-11-23T10:00:00Z'))).toEqual({ open: true, closesAt: '15:00' })
  })
  it('treats the closing minute as closed', () => {
    expect(openStatus(week, [], at('2026-11-23T14:00:00Z')).open).toBe(false) // 15:00 local
  })
  it('uses summer time: 08:30 UTC is 10:30 in Amsterdam in June', () => {
    expect(openStatus(week, [], at('2026-06-22T08:30:00Z')).open).toBe(true)
    expect(openStatus(week, [], at('2026-11-23T08:30:00Z')).open).toBe(false) // 09:30 local in winter
  })
  it('finds the next opening later the same day (lunch break)', () => {
    const status = openStatus(week, [], at('2026-11-25T11:30:00Z')) // Wednesday 12:30 local
    expect(status).toEqual({ open: false, next: { date: '2026-11-25', weekday: 'wednesday', opens: '13:00' }, closure: undefined })
  })
  it('skips closed days to find the next opening', () => {
    const status = openStatus(week, [], at('2026-11-24T12:00:00Z')) // Tuesday
    expect(status.open).toBe(false)
    if (!status.open) expect(status.next?.weekday).toBe('wednesday')
  })
  it('stays open past midnight for a slot that closes the next day', () => {
    expect(openStatus(week, [], at('2026-11-28T00:30:00Z'))).toEqual({ open: true, closesAt: '02:00' }) // Sat 01:30
    expect(openStatus(week, [], at('2026-11-28T01:30:00Z')).open).toBe(false) // Sat 02:30
  })
  it('is closed during a closure and finds the first day after it', () => {
    const closures = [{ from: '2026-11-23', until: '2026-11-25', reason: 'Vakantie' }]
    const status = openStatus(week, closures, at('2026-11-23T10:00:00Z'))
    expect(status.open).toBe(false)
    if (!status.open) {
      expect(status.closure?.reason).toBe('Vakantie')
      expect(status.next).toEqual({ date: '2026-11-27', weekday: 'friday', opens: '20:00' })
    }
  })
  it('has no next opening without any hours', () => {
    expect(openStatus([], [], at('2026-11-23T10:00:00Z'))).toEqual({ open: false, next: null, closure: undefined })
  })
})

describe('statusLabel', () => {
  it('says "vandaag" for a later opening today and the weekday otherwise', () => {
    const now = at('2026-11-25T11:30:00Z')
    expect(statusLabel(openStatus(week, [], now), now, statusWords('nl'))).toBe('Nu gesloten. Open vandaag om 13:00 uur')
    const tuesday = at('2026-11-24T12:00:00Z')
    expect(statusLabel(openStatus(week, [], tuesday), tuesday, statusWords('nl'))).toBe('Nu gesloten. Open woensdag om 10:00 uur')
  })

  it('speaks the visitor\'s language, with the weekday from Intl', () => {
    const tuesday = at('2026-11-24T12:00:00Z')
    expect(statusLabel(openStatus(week, [], tuesday), tuesday, statusWords('en'))).toBe('Closed now. Opens Wednesday at 10:00')
    expect(statusLabel(openStatus(week, [], tuesday), tuesday, statusWords('tr'))).toContain('Çarşamba')
  })
})

describe('slot validation', () => {
  it('accepts a normal and an overnight slot', () => {
    expect(slotProblem('09:30', '17:00')).toBeNull()
    expect(slotProblem('20:00', '02:00')).toBeNull()
    expect(crossesMidnight({ opens: '20:00', closes: '02:00' })).toBe(true)
  })
  it('rejects malformed and equal times in Dutch', () => {
    expect(slotProblem('9.30', '17:00')).toMatch(/openingstijd/)
    expect(slotProblem('09:30', '24:00')).toMatch(/sluitingstijd/)
    expect(slotProblem('10:00', '10:00')).toMatch(/na de openingstijd/)
  })
})
