import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { handleBeacon, MAX_BEACON_BYTES, type BeaconDeps } from '@/lib/stats/beacon.mjs'
import { StatsBuffer } from '@/lib/stats/buffer.mjs'
import { Throttle } from '@/lib/stats/throttle.mjs'
import { DailyVisitors } from '@/lib/stats/visitors.mjs'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'

let server: Server
let url: string
let deps: BeaconDeps & { buffer: StatsBuffer }

beforeAll(async () => {
  // A real HTTP server around the real handler; the buffer is never flushed here (no database in unit tests).
  server = createServer((request, response) => void handleBeacon(request, response, deps))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stats`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  deps = { buffer: new StatsBuffer({ databaseUrl: 'postgres://unused@127.0.0.1:1/unused' }), visitors: new DailyVisitors({ site: 'test' }), throttle: new Throttle(5, 60_000) }
})

function send(body: unknown, headers: Record<string, string> = {}, method = 'POST') {
  return fetch(url, {
    method,
    body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': '203.0.113.7', ...headers },
  })
}

const counted = () => deps.buffer.pending().map(({ counter, values, n }) => [counter, values.slice(1), n])
/** The visitor is counted after the answer: give that its turn. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('the beacon', () => {
  it('counts a page view and one visitor per day', async () => {
    expect((await send({ path: '/locaties' })).status).toBe(204)
    expect((await send({ path: '/locaties/' })).status).toBe(204)
    await settle()
    expect(counted()).toEqual([
      ['pageView', ['/locaties'], 2],
      ['visitor', [], 1],
    ])
  })

  it('counts another user agent on the same address as another visitor', async () => {
    await send({ path: '/' })
    await send({ path: '/' }, { 'user-agent': BROWSER.replace('140', '141') })
    await settle()
    expect(counted()).toContainEqual(['visitor', [], 2])
  })

  it('counts unknown addresses and searches that found nothing, never a query string', async () => {
    await send({ path: '/oude-folder.pdf', kind: 'not-found' })
    await send({ path: '/zoeken', kind: 'empty-search', words: '  Schuldhulp   Zuilen ' })
    await settle()
    expect(counted()).toEqual([
      ['unknownAddress', ['/oude-folder.pdf'], 1],
      ['visitor', [], 1],
      ['pageView', ['/zoeken'], 1],
      ['emptySearch', ['schuldhulp zuilen'], 1],
    ])
  })

  it('counts nothing for bots, Do Not Track and Global Privacy Control', async () => {
    const bots = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.5.0', 'python-requests/2.32']
    for (const userAgent of bots) expect((await send({ path: '/' }, { 'user-agent': userAgent })).status).toBe(204)
    expect((await send({ path: '/' }, { dnt: '1' })).status).toBe(204)
    expect((await send({ path: '/' }, { 'sec-gpc': '1' })).status).toBe(204)
    await settle()
    expect(counted()).toEqual([])
  })

  it('refuses what is not a small beacon of a known page', async () => {
    deps.throttle = new Throttle(100, 60_000)
    expect((await send('not json')).status).toBe(400)
    expect((await send({ path: '/wp-admin' })).status).toBe(400)
    expect((await send({ path: 'locaties' })).status).toBe(400)
    expect((await send({ path: '/', kind: 'purchase' })).status).toBe(400)
    expect((await send({ path: '/', extra: 'field' })).status).toBe(400)
    expect((await send({ path: '/zoeken', kind: 'empty-search', words: 'x'.repeat(101) })).status).toBe(400)
    expect((await send({ path: '/', pad: 'x'.repeat(MAX_BEACON_BYTES) })).status).toBe(413)
    expect((await send({ path: '/' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await send(undefined, {}, 'GET')).status).toBe(405)
    expect(counted()).toEqual([])
  })

  it('throttles one client, not the next', async () => {
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await send({ path: '/' })).status)
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429])
    expect((await send({ path: '/' }, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(204)
    await settle()
    expect(counted()).toEqual([
      ['pageView', ['/'], 6],
      ['visitor', [], 2],
    ])
  })
})

describe('the daily salt', () => {
  it('gives a visitor the same hash all day, another one the next day, and another one after a restart', async () => {
    const visitors = new DailyVisitors({ site: 'test' })
    const today = await visitors.hashFor('203.0.113.7', BROWSER, '2026-12-02')
    expect(await visitors.hashFor('203.0.113.7', BROWSER, '2026-12-02')).toBe(today)
    expect(await visitors.isNew('203.0.113.7', BROWSER, '2026-12-02')).toBe(true)
    expect(await visitors.isNew('203.0.113.7', BROWSER, '2026-12-02')).toBe(false)

    const tomorrow = await visitors.hashFor('203.0.113.7', BROWSER, '2026-12-03')
    expect(tomorrow).not.toBe(today)
    expect(await visitors.isNew('203.0.113.7', BROWSER, '2026-12-03')).toBe(true)
    // Yesterday's salt is gone: asking for that day again makes a new one.
    expect(await visitors.hashFor('203.0.113.7', BROWSER, '2026-12-02')).not.toBe(today)

    expect(await new DailyVisitors({ site: 'test' }).hashFor('203.0.113.7', BROWSER, '2026-12-03')).not.toBe(tomorrow)
  })
})
