// @ts-check
/** Counting days follow the clock in Utrecht, not the server's time zone. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The day (YYYY-MM-DD, Amsterdam time) a moment falls on. */
export function statsDay(now = new Date()) {
  return DAY_FORMAT.format(now)
}

/** The Monday (YYYY-MM-DD) of the ISO week a moment falls in: sign-ups are counted per week. */
export function statsWeek(now = new Date()) {
  const day = new Date(`${statsDay(now)}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}
