import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { z } from 'zod'
import type { User } from '@/payload-types'
import { canSeeReach } from '@/lib/stats/access'
import { statsDay } from '@/lib/stats/calendar.mjs'
import { yearPeriod } from '@/lib/stats/period'
import { reachReport } from '@/lib/stats/reads'
import { PrintButton } from './PrintButton.client'
import './reach.scss'

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const TOP = 5

/**
 * /admin/bereik/jaar?jaar=2026: one printable page for the annual report (PDF through the browser's
 * print dialog). Same access as the dashboard.
 */
export async function ReachYear({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as User | null
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Fbereik%2Fjaar')
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user, visibleEntities }
  const thisYear = Number(statsDay().slice(0, 4))
  const year = z.coerce.number().int().min(2020).max(thisYear).catch(thisYear).parse((searchParams as Record<string, unknown> | undefined)?.jaar)
  if (!canSeeReach(user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <p>Alleen beheerders en coördinatoren zien het bereik van de site.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const report = await reachReport(yearPeriod(year))
  const months = MONTHS.map((name, index) => {
    const days = report.perDay.filter((row) => Number(row.day.slice(5, 7)) === index + 1)
    return { name, views: days.reduce((sum, row) => sum + row.views, 0), visitors: days.reduce((sum, row) => sum + row.visitors, 0) }
  })
  const t = report.totals
  return (
    <DefaultTemplate {...template}>
      <Gutter className="reach reach--year">
        <p className="reach-noprint">
          <a href="/admin/bereik">Terug naar Bereik</a> · <PrintButton />
        </p>
        <h1>Bereik van de website in {year}</h1>
        <p>Doen & Laten Utrecht. Geteld zonder cookies en zonder bezoekers te volgen; bezoekers zijn een schatting per dag.</p>
        <dl className="reach__totals">
          <div><dt>Paginaweergaven</dt><dd>{t.views}</dd></div>
          <div><dt>Bezoekers (per dag opgeteld)</dt><dd>{t.visitors}</dd></div>
          <div><dt>Aanmeldingen voor de cursus</dt><dd>{t.signUps}</dd></div>
          <div><dt>Agenda en nieuwsfeed opgehaald</dt><dd>{t.subscriptions}</dd></div>
        </dl>
        <table className="reach-table">
          <caption>Per maand</caption>
          <thead>
            <tr><th scope="col">Maand</th><th scope="col">Paginaweergaven</th><th scope="col">Bezoekers</th></tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.name}><td>{month.name}</td><td>{month.views}</td><td>{month.visitors}</td></tr>
            ))}
          </tbody>
        </table>
        <div className="reach__year-lists">
          <YearList title="Meest bekeken pagina's" rows={report.topPages.slice(0, TOP).map((row) => [row.path, row.views])} />
          <YearList title="Hoe mensen van de cursus hoorden" rows={report.heardFrom.map((row) => [row.heardFrom, row.signUps])} />
          <YearList title="Gezocht, niet gevonden" rows={report.emptySearches.slice(0, TOP).map((row) => [row.words, row.searches])} />
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

function YearList({ title, rows }: { title: string; rows: [string, number][] }) {
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 ? <p>Niets geteld.</p> : (
        <ol>
          {rows.map(([label, count]) => (
            <li key={label}>{label}: {count}</li>
          ))}
        </ol>
      )}
    </section>
  )
}
