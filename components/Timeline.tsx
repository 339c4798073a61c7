import Link from 'next/link'
import type { TimelineEvent } from '@/payload-types'
import { formatYearMonth } from '@/lib/format'
import { groupByYear } from '@/lib/timeline'
import { RichText } from './RichText'

type Related = { slug?: string | null; name?: string; title?: string } | number

function RelatedLinks({ items, base }: { items: Related[] | null | undefined; base: string }) {
  const linked = (items ?? []).filter((item): item is Exclude<Related, number> => typeof item === 'object')
  return linked.map((item) => (
    <li key={`${base}${item.slug}`}>
      <Link href={`${base}${item.slug}`}>{item.name ?? item.title}</Link>
    </li>
  ))
}

/** The history, oldest first, with each year as a landmark heading. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="space-y-10 border-s-4 border-brand-soft ps-6">
      {groupByYear(events).map(({ year, events: yearEvents }) => (
        <li key={year}>
          <h2 className="text-2xl text-brand-strong">{year}</h2>
          <ol className="mt-3 space-y-6">
            {yearEvents.map((event) => (
                <li key={event.id}>
                  <article>
                    <h3 className="text-xl">{event.title}</h3>
                    {event.month && <p className="text-sm text-muted">{formatYearMonth(event.year, event.month)}</p>}
                    <div className="mt-2">
                      <RichText data={event.body} />
                    </div>
                    <ul className="mt-2 flex flex-wrap gap-x-4 text-base">
                      <RelatedLinks items={event.locations} base="/locaties/" />
                      <RelatedLinks items={event.courses} base="/cursussen/" />
                      <RelatedLinks items={event.partners} base="/partners#" />
                    </ul>
                  </article>
                </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  )
}
