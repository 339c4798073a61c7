import { Link } from '@/components/ui/Link'
import type { Location } from '@/payload-types'
import { weekdayName } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { statusWords } from '@/lib/i18n/status-words'
import { fullAddress, scheduleOf } from '@/lib/locations'
import { slotsOn, WEEKDAYS } from '@/lib/opening-hours'
import { documentPath } from '@/lib/paths'
import { OpenNow } from './OpenNow.client'

/** A current huiskamer: where, the days it is open, and whether it is open right now. */
export function LocationCard({ location, locale, headingLevel = 3 }: { location: Location; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = translator(locale)
  const { slots, closures } = scheduleOf(location)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{location.neighbourhood}</p>
      <Heading className="text-xl">
        <Link href={localePath(locale, documentPath('locations', location.slug))}>{location.name}</Link>
      </Heading>
      <p>{fullAddress(location)}</p>
      <OpenNow slots={slots} closures={closures} words={statusWords(locale)} />
      {slots.length > 0 && (
        <ul className="text-muted">
          {WEEKDAYS.filter((day) => slotsOn(slots, day).length > 0).map((day) => (
            <li key={day}>
              <span className="capitalize">{weekdayName(day, locale)}</span>:{' '}
              <bdi dir="ltr">
                {slotsOn(slots, day)
                  .map((slot) => t('hours.slot', { opens: slot.opens, closes: slot.closes }))
                  .join(', ')}
              </bdi>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
