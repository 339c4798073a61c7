import type { Metadata } from 'next'
import Link from 'next/link'
import { Badge } from '@/components/ui/Badge'
import { PageHeader } from '@/components/ui/PageHeader'
import { AGENDA_KIND_LABELS, agendaItemPath, agendaWhen, placeLine } from '@/lib/agenda'
import { env } from '@/lib/env'
import { formatDate, formatMonth } from '@/lib/format'
import { getAgenda } from '@/lib/queries/agenda'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'
import { slugify } from '@/lib/slugify'

const INTRO = 'Cursussen, activiteiten en wanneer een huiskamer dicht is of extra open. Zet wat je wilt in je eigen agenda.'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({ title: 'Agenda', description: INTRO, path: '/agenda', locale: await pageLocale(params) })
}

export default async function AgendaPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const items = await getAgenda(locale)
  const months = new Map<string, typeof items>()
  for (const item of items) {
    const month = formatMonth(item.start)
    months.set(month, [...(months.get(month) ?? []), item])
  }
  const feed = new URL('/agenda.ics', env.SITE_URL)
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader title="Agenda" intro={INTRO}>
          <p className="no-print mt-3">
            <a href={`webcal://${feed.host}${feed.pathname}`}>Volg de hele agenda in je agenda-app</a> (of{' '}
            <a href="/agenda.ics">download hem als bestand</a>)
          </p>
        </PageHeader>
        {items.length === 0 ? (
          <p className="max-w-prose">Er staat nu niets in de agenda. Kijk bij de <Link href="/locaties">huiskamers</Link> wanneer ze open zijn.</p>
        ) : (
          [...months].map(([month, monthItems]) => (
            <section key={month} aria-labelledby={`maand-${slugify(month)}`} className="mb-10 max-w-prose">
              <h2 id={`maand-${slugify(month)}`} className="text-2xl capitalize">
                {month}
              </h2>
              <ol className="mt-4 grid gap-4">
                {monthItems.map((item) => (
                  <li key={item.id} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
                    <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-muted">
                      <Badge tone={item.kind === 'closure' ? 'accent' : 'neutral'}>{AGENDA_KIND_LABELS[item.kind]}</Badge>
                      <span>{agendaWhen(item, formatDate)}</span>
                    </p>
                    <h3 className="mt-1 text-xl">
                      <Link href={item.href}>{item.title}</Link>
                    </h3>
                    {item.place && (
                      <p>
                        {placeLine(item.place)}
                      </p>
                    )}
                    {item.description && <p className="mt-1 text-muted">{item.description}</p>}
                    <p className="no-print mt-2">
                      <a href={agendaItemPath(item)} download>
                        Zet in je agenda<span className="sr-only">: {item.title}</span>
                      </a>
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ))
        )}
      </>
    </DutchOnlyPage>
  )
}
