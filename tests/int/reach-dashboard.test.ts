import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'
import { withDatabaseClient } from '@/lib/database-client'
import { env } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { lastDays } from '@/lib/stats/period'
import { reachReport } from '@/lib/stats/reads'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin } from '../helpers/rest'

const handlers = { GET: REST_GET(config), POST: REST_POST(config) }

/** Payload's real REST handler, answering with text (CSV) or a redirect rather than JSON. */
async function call(method: 'GET' | 'POST', path: string, token?: string, body?: BodyInit) {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { method, body, headers: token ? { Authorization: `JWT ${token}` } : {}, redirect: 'manual' })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, type: response.headers.get('content-type'), location: response.headers.get('location'), text: await response.text() }
}

// A day of its own (other files count today), inside the dashboard's last week.
const day = lastDays(4).from
const oneDay = { from: day, to: day }
let coordinator: Awaited<ReturnType<typeof coordinatorFixture>>
let admin: string

beforeAll(async () => {
  coordinator = await coordinatorFixture('coordinator-reach@test.doenenlaten.local')
  admin = await loginAsAdmin()
  await withDatabaseClient(env.DATABASE_URL, (client) =>
    client.query(
      `INSERT INTO stats_page_views (day, path, views) VALUES ($1, '/agenda', 40), ($1, $2, 3) ON CONFLICT (day, path) DO UPDATE SET views = EXCLUDED.views`,
      [day, `/locaties/${coordinator.own.slug}`],
    ),
  )
  await withDatabaseClient(env.DATABASE_URL, (client) =>
    client.query(
      `INSERT INTO stats_unknown_addresses (day, path, hits) VALUES ($1, '/oude-site/contact.html', 7) ON CONFLICT (day, path) DO UPDATE SET hits = EXCLUDED.hits`,
      [day],
    ),
  )
})

describe('the reach report', () => {
  it('puts a coordinator’s own huiskamer first, then the most viewed pages', async () => {
    const own = `/locaties/${coordinator.own.slug}`
    const forCoordinator = await reachReport(oneDay, [own])
    expect(forCoordinator.topPages[0]).toEqual({ path: own, views: 3 })
    const forAdmin = await reachReport(oneDay)
    expect(forAdmin.topPages[0]).toEqual({ path: '/agenda', views: 40 })
    expect(forAdmin.perDay).toEqual([{ day, views: 43, visitors: 0, subscriptions: 0 }])
    expect((await reachReport(lastDays(7))).perDay).toHaveLength(7)
    expect(forAdmin.totals).toMatchObject({ views: 43, unknownAddresses: 7 })
  })
})

describe('access to the reach exports', () => {
  it('refuses anonymous visitors', async () => {
    const response = await call('GET', '/bereik/csv?tabel=paginas')
    expect(response.status).toBe(403)
    expect(response.text).not.toContain('/agenda')
  })

  it('gives coordinators and admins a CSV of any table, for the chosen period', async () => {
    for (const token of [coordinator.token, admin]) {
      const response = await call('GET', `/bereik/csv?tabel=paginas&van=${day}&tot=${day}`, token)
      expect(response.status).toBe(200)
      expect(response.type).toBe('text/csv; charset=utf-8')
      expect(response.text.split('\r\n')[0]).toBe('Pagina,Weergaven')
      expect(response.text).toContain('/agenda,40\r\n')
    }
    const daily = await call('GET', `/bereik/csv?tabel=per-dag&van=${day}&tot=${day}`, admin)
    expect(daily.text).toBe(`Dag,Paginaweergaven,Bezoekers (geschat),Agenda en nieuwsfeed opgehaald\r\n${day},43,0,0\r\n`)
    expect((await call('GET', '/bereik/csv?tabel=gebruikers', admin)).status).toBe(400)
  })

  it('lets only admins turn an unknown address into a redirect, in one click', async () => {
    const form = () => {
      const data = new FormData()
      data.set('van', '/oude-site/contact.html')
      return data
    }
    expect((await call('POST', '/bereik/doorverwijzing', undefined, form())).status).toBe(403)
    expect((await call('POST', '/bereik/doorverwijzing', coordinator.token, form())).status).toBe(403)
    const created = await call('POST', '/bereik/doorverwijzing', admin, form())
    expect(created.status, created.text).toBe(303)
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: '/oude-site/contact.html' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(created.location).toBe(`/admin/collections/redirects/${docs[0].id}`)
    // A second click opens the same one.
    expect((await call('POST', '/bereik/doorverwijzing', admin, form())).location).toBe(created.location)
    const bad = new FormData()
    bad.set('van', 'javascript:alert(1)')
    expect((await call('POST', '/bereik/doorverwijzing', admin, bad)).status).toBe(400)
  })
})
