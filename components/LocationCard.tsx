import Link from 'next/link'
import type { Location } from '@/payload-types'
import { fullAddress, scheduleOf } from '@/lib/locations'
import { slotsOn, WEEKDAY_LABELS, WEEKDAYS } from '@/lib/opening-hours'
import { OpenNow } from './OpenNow.client'

/** A current huiskamer: where, the days it is open, and whether it is open right now. */
export function LocationCard({ location, headingLevel = 3 }: { location: Location; headingLevel?: 2 | 3 }) {
  const { slots, closures } = scheduleOf(location)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{location.neighbourhood}</p>
      <Heading className="text-xl">
        <Link href={`/locaties/${location.slug}`}>{location.name}</Link>
      </Heading>
      <p>{fullAddress(location)}</p>
      <OpenNow slots={slots} closures={closures} />
      {slots.length > 0 && (
        <ul className="text-muted">
          {WEEKDAYS.filter((day) => slotsOn(slots, day).length > 0).map((day) => (
            <li key={day}>
              <span className="capitalize">{WEEKDAY_LABELS[day]}</span>:{' '}
              {slotsOn(slots, day)
                .map((slot) => `${slot.opens}–${slot.closes}`)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
