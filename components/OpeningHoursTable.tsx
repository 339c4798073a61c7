import { formatDate, weekdayName } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { amsterdamWallClock, closureOn, slotsOn, WEEKDAYS, type Closure, type OpeningSlot } from '@/lib/opening-hours'

/** The full week as a table with the weekday names of the page's language; closed days say so. */
export function OpeningHoursTable({ slots, caption, locale }: { slots: OpeningSlot[]; caption: string; locale: Locale }) {
  const t = translator(locale)
  return (
    <table className="w-full max-w-md border-collapse text-start">
      <caption className="mb-2 text-start font-semibold">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t('hours.day')}</th>
          <th scope="col">{t('hours.open')}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const daySlots = slotsOn(slots, day)
          return (
            <tr key={day} className="border-b border-line">
              <th scope="row" className="py-2 pe-4 text-start font-semibold capitalize">
                {weekdayName(day, locale)}
              </th>
              <td className="py-2">
                {daySlots.length === 0 ? (
                  <span className="text-muted">{t('hours.closed')}</span>
                ) : (
                  daySlots.map((slot) => (
                    <span key={`${slot.opens}-${slot.closes}`} className="block">
                      <bdi dir="ltr">{t('hours.slot', { opens: slot.opens, closes: slot.closes })}</bdi>
                      {slot.note ? <span lang="nl"> ({slot.note})</span> : ''}
                    </span>
                  ))
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** Current and upcoming closures (holidays, summer break): shown above the regular hours. */
export function ClosureList({ closures, locale, now = new Date() }: { closures: Closure[]; locale: Locale; now?: Date }) {
  const t = translator(locale)
  const today = amsterdamWallClock(now).date
  const relevant = closures.filter((closure) => closure.until.slice(0, 10) >= today)
  if (relevant.length === 0) return null
  const current = closureOn(relevant, today)
  return (
    <div className="rounded-md border-2 border-accent bg-accent-soft p-4">
      <h3 className="font-semibold text-accent">
        {current ? t('hours.closedUntil', { date: formatDate(current.until, locale), reason: current.reason }) : t('hours.closingSoon')}
      </h3>
      <ul className="mt-1">
        {relevant.map((closure) => (
          <li key={`${closure.from}-${closure.until}`}>
            {t('hours.closure', { from: formatDate(closure.from, locale), until: formatDate(closure.until, locale), reason: closure.reason })}
          </li>
        ))}
      </ul>
    </div>
  )
}
