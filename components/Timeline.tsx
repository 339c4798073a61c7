import { Link } from '@/components/ui/Link'
import type { TimelineEvent } from '@/payload-types'
import { formatYearMonth } from '@/lib/format'
import { langOf, type WithFallback } from '@/lib/i18n/fallback'
import type { Locale } from '@/lib/i18n/locales'
import { localePath } from '@/lib/i18n/paths'
import { documentPath } from '@/lib/paths'
import { groupByYear } from '@/lib/timeline'
import { RichText } from './RichText'
import { UntranslatedNote } from './UntranslatedNote'

type Related = { slug?: string | null; name?: string; title?: string } | number

function RelatedLinks({ items, href }: { items: Related[] | null | undefined; href: (slug: string) => string }) {
  const linked = (items ?? []).filter((item): item is Exclude<Related, number> => typeof item === 'object' && Boolean(item.slug))
  return linked.map((item) => (
    <li key={href(item.slug!)}>
      <Link href={href(item.slug!)}>{item.name ?? item.title}</Link>
    </li>
  ))
}

/** The history, oldest first, with each year as a landmark heading; links stay in the page's language. */
export function Timeline({ events, locale }: { events: WithFallback<TimelineEvent>[]; locale: Locale }) {
  const locationHref = (slug: string) => localePath(locale, documentPath('locations', slug))
  const courseHref = (slug: string) => localePath(locale, documentPath('courses', slug))
  const partnerHref = (slug: string) => `${localePath(locale, '/partners')}#${slug}`
  return (
    <ol className="space-y-10 border-s-4 border-brand-soft ps-6">
      {groupByYear(events).map(({ year, events: yearEvents }) => (
        <li key={year}>
          <h2 className="text-2xl text-brand-strong">{year}</h2>
          <ol className="mt-3 space-y-6">
            {yearEvents.map((event) => (
              <li key={event.id}>
                <article>
                  <h3 className="text-xl" lang={langOf(event, 'title')}>
                    {event.title}
                  </h3>
                  {event.month && <p className="text-sm text-muted">{formatYearMonth(event.year, event.month, locale)}</p>}
                  {event.body && langOf(event, 'body') && <UntranslatedNote locale={locale} />}
                  <div className="mt-2" lang={langOf(event, 'body')}>
                    <RichText data={event.body} />
                  </div>
                  <ul className="mt-2 flex flex-wrap gap-x-4 text-base">
                    <RelatedLinks items={event.locations} href={locationHref} />
                    <RelatedLinks items={event.courses} href={courseHref} />
                    <RelatedLinks items={event.partners} href={partnerHref} />
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
