/**
 * Pure opening-hours logic: no database, no Next.js. Times are wall-clock "HH:mm" in Europe/Amsterdam,
 * so summer/winter time is handled by converting "now" into Amsterdam wall-clock time first.
 */
export const TIME_ZONE = 'Europe/Amsterdam'

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

export type OpeningSlot = { day: Weekday; opens: string; closes: string; note?: string | null }
export type Closure = { from: string; until: string; reason: string }

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/** A slot whose closing time is not after its opening time runs past midnight (e.g. 20:00–02:00). */
export function crossesMidnight(slot: Pick<OpeningSlot, 'opens' | 'closes'>): boolean {
  return minutesOf(slot.closes) <= minutesOf(slot.opens)
}

/** Why a slot is invalid, in Dutch, or null when it is fine. Equal times are never valid. */
export function slotProblem(opens: string | null | undefined, closes: string | null | undefined): string | null {
  if (!opens || !TIME_PATTERN.test(opens)) return 'Vul de openingstijd in als UU:MM, bijvoorbeeld 09:30.'
  if (!closes || !TIME_PATTERN.test(closes)) return 'Vul de sluitingstijd in als UU:MM, bijvoorbeeld 17:00.'
  if (opens === closes) return 'De sluitingstijd moet na de openingstijd liggen.'
  return null
}

export type WallClock = { date: string; weekday: Weekday; minutes: number }

/** "now" as Amsterdam wall-clock time: ISO date, weekday and minutes since midnight. */
export function amsterdamWallClock(now: Date): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  )
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday.toLowerCase() as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

/** An ISO date `days` later (or earlier). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The weekday of an ISO date. */
export function weekdayOf(isoDate: string): Weekday {
  return WEEKDAYS[(new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7]
}

/** The closure in force on a date (inclusive range of ISO dates or timestamps), if any. */
export function closureOn(closures: Closure[], isoDate: string): Closure | undefined {
  return closures.find((closure) => closure.from.slice(0, 10) <= isoDate && isoDate <= closure.until.slice(0, 10))
}

export function slotsOn(slots: OpeningSlot[], day: Weekday): OpeningSlot[] {
  return slots.filter((slot) => slot.day === day).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
}

export type OpenStatus =
  | { open: true; closesAt: string }
  | { open: false; next: { date: string; weekday: Weekday; opens: string } | null; closure?: Closure }

/** Whether a place is open at `now`, and otherwise when it next opens (looking two weeks ahead). */
export function openStatus(slots: OpeningSlot[], closures: Closure[], now: Date): OpenStatus {
  const clock = amsterdamWallClock(now)
  const yesterday = addDays(clock.date, -1)
  const closureToday = closureOn(closures, clock.date)

  if (!closureToday) {
    const current = slotsOn(slots, clock.weekday).find(
      (slot) =>
        clock.minutes >= minutesOf(slot.opens) && (crossesMidnight(slot) || clock.minutes < minutesOf(slot.closes)),
    )
    if (current) return { open: true, closesAt: current.closes }
  }
  if (!closureOn(closures, yesterday)) {
    const overnight = slotsOn(slots, weekdayOf(yesterday)).find(
      (slot) => crossesMidnight(slot) && clock.minutes < minutesOf(slot.closes),
    )
    if (overnight) return { open: true, closesAt: overnight.closes }
  }

  for (let offset = 0; offset <= 14; offset++) {
    const date = addDays(clock.date, offset)
    if (closureOn(closures, date)) continue
    const weekday = weekdayOf(date)
    const upcoming = slotsOn(slots, weekday).find((slot) => offset > 0 || minutesOf(slot.opens) > clock.minutes)
    if (upcoming) return { open: false, next: { date, weekday, opens: upcoming.opens }, closure: closureToday }
  }
  return { open: false, next: null, closure: closureToday }
}

/** The words of a status line in one language ({time} and {when} are filled in), with its weekday names. */
export type StatusWords = { openNow: string; closedNow: string; closedOpensAt: string; today: string; weekdays: Record<Weekday, string> }

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/** The status in plain words: "Nu open, tot 15:00 uur" / "Nu gesloten. Open dinsdag om 10:00 uur". */
export function statusLabel(status: OpenStatus, now: Date, words: StatusWords): string {
  if (status.open) return fill(words.openNow, { time: status.closesAt })
  if (!status.next) return words.closedNow
  const { date, weekday, opens } = status.next
  const when = date === amsterdamWallClock(now).date ? words.today : words.weekdays[weekday]
  return fill(words.closedOpensAt, { when, time: opens })
}
