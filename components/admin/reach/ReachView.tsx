import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '@/collections/access/roles'
import type { User } from '@/payload-types'
import { canSeeReach, ownLocationPaths } from '@/lib/stats/access'
import { parsePeriod, PRESETS, lastDays, type Period } from '@/lib/stats/period'
import { reachReport } from '@/lib/stats/reads'
import { REACH_TABLES, type ReachTableSlug } from '@/lib/stats/tables'
import { ReachChart } from './ReachChart.client'
import { ReachTable } from './ReachTable'
import './reach.scss'

const table = (slug: ReachTableSlug) => REACH_TABLES.find((candidate) => candidate.slug === slug)!
const query = (period: Period) => `van=${period.from}&tot=${period.to}`
const BAR_ROWS = 10

/**
 * /admin/bereik: what the site reaches, for a chosen period (admins and coordinators). Custom admin
 * views are not guarded by Payload's admin access, so this one checks login and role itself.
 */
export async function ReachView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user as User | null
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Fbereik')
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user, visibleEntities }
  if (!canSeeReach(user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Bereik</h1>
          <p>Alleen beheerders en coördinatoren zien het bereik van de site.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const period = parsePeriod((searchParams ?? {}) as Record<string, unknown>)
  const report = await reachReport(period, await ownLocationPaths(req.payload, user))
  const isAdmin = hasRole(user, 'admin')
  const bars = (rows: Record<string, string | number>[], label: string, value: string) => ({
    labels: rows.slice(0, BAR_ROWS).map((row) => String(row[label])),
    values: rows.slice(0, BAR_ROWS).map((row) => Number(row[value])),
  })
  const pages = bars(report.topPages, 'path', 'views')
  const heard = bars(report.heardFrom, 'heardFrom', 'signUps')
  const files = bars(report.subscriptions, 'file', 'requests')
  const searches = bars(report.emptySearches, 'words', 'searches')
  const unknown = bars(report.unknownAddresses, 'path', 'hits')
  const t = report.totals

  return (
    <DefaultTemplate {...template}>
      <Gutter className="reach">
        <h1>Bereik</h1>
        <p>
          Wat de site doet, in aantallen: zonder cookies en zonder iemand te volgen. Periode: {period.from} tot en met {period.to}.{' '}
          <a href={`/admin/bereik/jaar?jaar=${period.to.slice(0, 4)}`}>Jaaroverzicht voor het jaarverslag</a>
        </p>

        <form method="get" action="/admin/bereik" className="reach__period" aria-label="Periode kiezen">
          <label>
            Van <input type="date" name="van" defaultValue={period.from} required />
          </label>
          <label>
            Tot en met <input type="date" name="tot" defaultValue={period.to} required />
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small">
            Toon
          </button>
        </form>
        <p className="reach__presets">
          {PRESETS.map((preset) => (
            <a key={preset.days} href={`/admin/bereik?${query(lastDays(preset.days))}`}>
              {preset.label}
            </a>
          ))}
        </p>

        <dl className="reach__totals">
          <div><dt>Paginaweergaven</dt><dd>{t.views}</dd></div>
          <div><dt>Bezoekers per dag, opgeteld</dt><dd>{t.visitors}</dd></div>
          <div><dt>Aanmeldingen</dt><dd>{t.signUps}</dd></div>
          <div><dt>Agenda en nieuwsfeed opgehaald</dt><dd>{t.subscriptions}</dd></div>
          <div><dt>Zoekopdrachten zonder resultaat</dt><dd>{t.emptySearches}</dd></div>
          <div><dt>Onbekende adressen bezocht</dt><dd>{t.unknownAddresses}</dd></div>
        </dl>

        <section aria-labelledby="reach-per-dag">
          <h2 id="reach-per-dag">Weergaven en bezoekers per dag</h2>
          <ReachChart
            kind="line"
            summary={`Lijngrafiek: ${t.views} paginaweergaven en ${t.visitors} bezoekers van ${period.from} tot en met ${period.to}. De cijfers staan in de tabel hieronder.`}
            labels={report.perDay.map((row) => row.day)}
            series={[
              { label: 'Paginaweergaven', values: report.perDay.map((row) => row.views) },
              { label: 'Bezoekers', values: report.perDay.map((row) => row.visitors) },
            ]}
          />
          <ReachTable table={table('per-dag')} report={report} csvQuery={query(period)} />
        </section>

        <section aria-labelledby="reach-paginas">
          <h2 id="reach-paginas">Meest bekeken pagina's</h2>
          {hasRole(user, 'coordinator') && <p>Je eigen huiskamers staan bovenaan.</p>}
          <ReachChart kind="bars" summary={`Staafgrafiek van de ${pages.labels.length} meest bekeken pagina's; zie de tabel.`} labels={pages.labels} series={[{ label: 'Weergaven', values: pages.values }]} />
          <ReachTable table={table('paginas')} report={report} csvQuery={query(period)} />
        </section>

        <section aria-labelledby="reach-aanmeldingen">
          <h2 id="reach-aanmeldingen">Aanmeldingen en hoe mensen van ons hoorden</h2>
          <ReachChart kind="bars" summary={`Staafgrafiek: ${t.signUps} aanmeldingen naar hoe mensen van de cursus hoorden; zie de tabel.`} labels={heard.labels} series={[{ label: 'Aanmeldingen', values: heard.values }]} />
          <ReachTable table={table('gehoord')} report={report} csvQuery={query(period)} />
          <ReachTable table={table('aanmeldingen')} report={report} csvQuery={query(period)} />
        </section>

        <section aria-labelledby="reach-abonnementen">
          <h2 id="reach-abonnementen">Agenda- en nieuwsabonnementen</h2>
          <p>Hoe vaak agenda-apps en nieuwslezers de agenda (.ics) en de nieuwsfeed (RSS) ophaalden.</p>
          <ReachChart kind="bars" summary={`Staafgrafiek: ${t.subscriptions} keer opgehaald, per bestand; zie de tabel.`} labels={files.labels} series={[{ label: 'Keer opgehaald', values: files.values }]} />
          <ReachTable table={table('abonnementen')} report={report} csvQuery={query(period)} />
        </section>

        <section aria-labelledby="reach-zoeken">
          <h2 id="reach-zoeken">Gezocht, niet gevonden</h2>
          <p>Waar mensen naar zochten zonder iets te vinden: ideeën voor nieuwe teksten.</p>
          <ReachChart kind="bars" summary={`Staafgrafiek van zoekwoorden zonder resultaat; zie de tabel.`} labels={searches.labels} series={[{ label: 'Keer gezocht', values: searches.values }]} />
          <ReachTable table={table('zoekwoorden')} report={report} csvQuery={query(period)} />
        </section>

        <section aria-labelledby="reach-onbekend">
          <h2 id="reach-onbekend">Onbekende adressen</h2>
          <p>Adressen die niet (meer) bestaan maar nog bezocht worden, bijvoorbeeld via oude links.{isAdmin && ' Maak er met één klik een doorverwijzing van.'}</p>
          <ReachChart kind="bars" summary={`Staafgrafiek van onbekende adressen; zie de tabel.`} labels={unknown.labels} series={[{ label: 'Keer bezocht', values: unknown.values }]} />
          <ReachTable
            table={table('onbekende-adressen')}
            report={report}
            csvQuery={query(period)}
            action={
              isAdmin
                ? (row) => (
                    <form method="post" action="/api/bereik/doorverwijzing">
                      <input type="hidden" name="van" value={String(row.path)} />
                      <button type="submit" className="btn btn--style-secondary btn--size-small" aria-label={`Doorverwijzing maken voor ${row.path}`}>
                        Doorverwijzing maken
                      </button>
                    </form>
                  )
                : undefined
            }
          />
        </section>

        <p className="reach__privacy">
          Geteld zonder cookies, zonder opslag in de browser en zonder adressen of apparaatgegevens te bewaren. Bezoekers zijn een schatting per dag. Zie de <a href="/privacy">privacypagina</a>.
        </p>
      </Gutter>
    </DefaultTemplate>
  )
}
