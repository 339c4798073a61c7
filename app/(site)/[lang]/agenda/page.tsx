import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { agendaItemPath, agendaWhen, placeLine, type AgendaItem } from '@/lib/agenda'
import { env } from '@/lib/env'
import { formatMonth } from '@/lib/format'
import { langOf } from '@/lib/i18n/fallback'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { amsterdamWallClock } from '@/lib/opening-hours'
import { getAgenda } from '@/lib/queries/agenda'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('agenda.title'), description: t('agenda.intro'), path: '/agenda', locale })
}

/** "2026-12": the month an item starts in (Amsterdam), the same in every language (the section's id). */
const monthOf = (item: AgendaItem) => (item.allDay ? item.start : amsterdamWallClock(new Date(item.start)).date).slice(0, 7)

export default async function AgendaPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const items = await getAgenda(locale)
  const months = new Map<string, typeof items>()
  for (const item of items) months.set(monthOf(item), [...(months.get(monthOf(item)) ?? []), item])
  // The calendar files are Dutch (their titles and words), at one address for every language.
  const feed = new URL('/agenda.ics', env.SITE_URL)
  const titleOf = (item: AgendaItem) => (item.kind === 'closure' && item.place ? t('agenda.closedTitle', { name: item.place.name }) : item.title)
  return (
    <>
      <PageHeader title={t('agenda.title')} intro={t('agenda.intro')}>
        <p className="no-print mt-3">
          <a href={`webcal://${feed.host}${feed.pathname}`} hrefLang={DEFAULT_LOCALE}>
            {t('agenda.follow')}
          </a>{' '}
          ({t('agenda.or')}{' '}
          <a href="/agenda.ics" hrefLang={DEFAULT_LOCALE}>
            {t('agenda.download')}
          </a>
          )
        </p>
      </PageHeader>
      {items.length === 0 ? (
        <p className="max-w-prose">
          {t('agenda.emptyBefore')} <Link href={localePath(locale, '/locaties')}>{t('agenda.emptyLink')}</Link> {t('agenda.emptyAfter')}
        </p>
      ) : (
        [...months].map(([month, monthItems]) => (
          <section key={month} aria-labelledby={`maand-${month}`} className="mb-10 max-w-prose">
            <h2 id={`maand-${month}`} className="text-2xl capitalize">
              {formatMonth(monthItems[0].start, locale)}
            </h2>
            <ol className="mt-4 grid gap-4">
              {monthItems.map((item) => (
                <li key={item.id} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-muted">
                    <Badge tone={item.kind === 'closure' ? 'accent' : 'neutral'}>{t(`agenda.kind.${item.kind}`)}</Badge>
                    <span>{agendaWhen(item, locale)}</span>
                  </p>
                  <h3 className="mt-1 text-xl" lang={langOf(item, 'title')}>
                    <Link href={localePath(locale, item.href)}>{titleOf(item)}</Link>
                  </h3>
                  {item.place && <p>{placeLine(item.place)}</p>}
                  {item.description && (
                    <p className="mt-1 text-muted" lang={langOf(item, 'description')}>
                      {item.description}
                    </p>
                  )}
                  <p className="no-print mt-2">
                    <a href={agendaItemPath(item)} download hrefLang={DEFAULT_LOCALE}>
                      {t('agenda.addToCalendar')}
                      <span className="sr-only">
                        : <span lang={langOf(item, 'title')}>{titleOf(item)}</span>
                      </span>
                    </a>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </>
  )
}
