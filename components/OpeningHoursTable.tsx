import { formatDate } from '@/lib/format'
import {
  amsterdamWallClock,
  closureOn,
  slotsOn,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type Closure,
  type OpeningSlot,
} from '@/lib/opening-hours'

/** The full week as a table with Dutch weekday names; closed days say so. */
export function OpeningHoursTable({ slots, caption }: { slots: OpeningSlot[]; caption: string }) {
  return (
    <table className="w-full max-w-md border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Dag</th>
          <th scope="col">Open</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const daySlots = slotsOn(slots, day)
          return (
            <tr key={day} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-semibold capitalize">
                {WEEKDAY_LABELS[day]}
              </th>
              <td className="py-2">
                {daySlots.length === 0 ? (
                  <span className="text-muted">Gesloten</span>
                ) : (
                  daySlots.map((slot) => (
                    <span key={`${slot.opens}-${slot.closes}`} className="block">
                      {slot.opens} – {slot.closes} uur{slot.note ? ` (${slot.note})` : ''}
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
export function ClosureList({ closures, now = new Date() }: { closures: Closure[]; now?: Date }) {
  const today = amsterdamWallClock(now).date
  const relevant = closures.filter((closure) => closure.until.slice(0, 10) >= today)
  if (relevant.length === 0) return null
  const current = closureOn(relevant, today)
  return (
    <div className="rounded-md border-2 border-accent bg-accent-soft p-4">
      <h3 className="font-semibold text-accent">
        {current ? `Nu gesloten tot en met ${formatDate(current.until)}: ${current.reason}` : 'Let op: binnenkort gesloten'}
      </h3>
      <ul className="mt-1">
        {relevant.map((closure) => (
          <li key={`${closure.from}-${closure.until}`}>
            {formatDate(closure.from)} tot en met {formatDate(closure.until)}: {closure.reason}
          </li>
        ))}
      </ul>
    </div>
  )
}
