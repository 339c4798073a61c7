import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDatabaseClient } from '@/lib/database-client'
import { env } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { registerForCourse } from '@/lib/registrations'
import { handleBeacon } from '@/lib/stats/beacon.mjs'
import { StatsBuffer, statsBuffer } from '@/lib/stats/buffer.mjs'
import { statsWeek } from '@/lib/stats/calendar.mjs'
import { Throttle } from '@/lib/stats/throttle.mjs'
import { DailyVisitors } from '@/lib/stats/visitors.mjs'
import { freePort } from '@/scripts/embedded-postgres'

async function waitForPort(port: number) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`redis-server did not listen on ${port}`)
}

const STATS_TABLES = ['stats_page_views', 'stats_visitors', 'stats_subscriptions', 'stats_empty_searches', 'stats_unknown_addresses', 'stats_sign_ups']
// Days of their own per test (2099-01-01 … 2099-01-09): far from real counts and from the retention limit.
const DAY = '2099-01-0'

const query = <T,>(text: string, params: unknown[] = []) => withDatabaseClient(env.DATABASE_URL, async (client) => (await client.query(text, params)).rows as T[])
const views = async (day: string) => query<{ path: string; views: number }>('SELECT path, views FROM stats_page_views WHERE day = $1 ORDER BY path', [day])

describe('counting into PostgreSQL', () => {
  it('adds the increments of two instances flushing at the same time', async () => {
    const day = `${DAY}1`
    const a = new StatsBuffer({ databaseUrl: env.DATABASE_URL })
    const b = new StatsBuffer({ databaseUrl: env.DATABASE_URL })
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 10; i++) {
        a.add('pageView', [day, '/'])
        b.add('pageView', [day, '/'])
      }
      b.add('pageView', [day, '/agenda'], 3)
      await Promise.all([a.flush(), b.flush()])
    }
    expect(await views(day)).toEqual([
      { path: '/', views: 100 },
      { path: '/agenda', views: 15 },
    ])
    await Promise.all([a.stop(), b.stop()])
  })

  it('writes what is left on shutdown, and a restarted instance adds to it', async () => {
    const day = `${DAY}2`
    const first = new StatsBuffer({ databaseUrl: env.DATABASE_URL, intervalMs: 60_000 })
    first.add('pageView', [day, '/privacy'], 4)
    first.add('signUp', ['2099-01-05', 1, 'Voorjaar 2099', 'coach'])
    await first.stop()
    const restarted = new StatsBuffer({ databaseUrl: env.DATABASE_URL, intervalMs: 60_000 })
    restarted.add('pageView', [day, '/privacy'], 2)
    restarted.add('signUp', ['2099-01-05', 1, 'Voorjaar 2099', 'coach'])
    await restarted.stop()
    expect(await views(day)).toEqual([{ path: '/privacy', views: 6 }])
    expect(await query('SELECT sign_ups FROM stats_sign_ups WHERE week = $1', ['2099-01-05'])).toEqual([{ sign_ups: 2 }])
  })

  it('writes on its own every interval', async () => {
    const day = `${DAY}3`
    const buffer = new StatsBuffer({ databaseUrl: env.DATABASE_URL, intervalMs: 50 })
    buffer.add('pageView', [day, '/team'])
    await expect.poll(() => views(day), { timeout: 5_000 }).toEqual([{ path: '/team', views: 1 }])
    await buffer.stop()
  })

  it('deletes totals older than five years, once a day', async () => {
    await query(
      `INSERT INTO stats_page_views (day, path, views) VALUES
       (current_date - interval '5 years 1 day', '/verhaal', 1), (current_date - interval '4 years', '/verhaal', 1)`,
    )
    const buffer = new StatsBuffer({ databaseUrl: env.DATABASE_URL })
    await buffer.flush()
    const left = await query<{ age: number }>(`SELECT extract(year FROM age(day))::int AS age FROM stats_page_views WHERE path = '/verhaal' AND day < current_date - interval '1 year'`)
    expect(left).toEqual([{ age: 4 }])
    await buffer.stop()
  })

  it('drops the counts of a write the database refuses, logs it, and goes on', async () => {
    const logged: string[] = []
    const dead = new StatsBuffer({ databaseUrl: `postgres://nobody@127.0.0.1:${await freePort()}/none`, log: (message) => logged.push(message) })
    dead.add('pageView', [`${DAY}4`, '/'])
    await expect(dead.flush()).resolves.toBeUndefined()
    expect(dead.pending()).toEqual([])
    expect(logged).toEqual([expect.stringMatching(/^\[stats\] 1 counts not written: /)])
    await dead.stop()
  })
})

describe('sign-ups', () => {
  it('are counted per course, edition, week and how the person heard of us, without the person', async () => {
    const payload = await getPayloadClient()
    const course = (await payload.find({ collection: 'courses', where: { shortName: { equals: 'ECH' } }, depth: 0 })).docs[0]
    const person = { name: 'Teller Test', email: 'teller.test@example.nl', phone: undefined, motivation: undefined, consent: 'ja' as const }
    // Other files sign up for the same course this week: compare with what was there before.
    const counts = async () => {
      await statsBuffer()?.flush()
      const rows = await query<{ heard_from: string; sign_ups: number }>(
        'SELECT heard_from, sum(sign_ups)::int AS sign_ups FROM stats_sign_ups WHERE week = $1 AND course_id = $2 GROUP BY heard_from',
        [statsWeek(), course.id],
      )
      return Object.fromEntries(rows.map((row) => [row.heard_from, row.sign_ups]))
    }
    const before = await counts()
    await registerForCourse(payload, course, { ...person, heardFrom: 'coach' }, 'stats-key-1')
    await registerForCourse(payload, course, { ...person, heardFrom: 'coach' }, 'stats-key-2')
    await registerForCourse(payload, course, { ...person, heardFrom: undefined }, 'stats-key-3')
    // A resubmitted form is no second sign-up.
    await registerForCourse(payload, course, { ...person, heardFrom: 'coach' }, 'stats-key-1')
    const after = await counts()
    expect(after.coach - (before.coach ?? 0)).toBe(2)
    expect(after[''] - (before[''] ?? 0)).toBe(1)
  })
})

describe('what is stored', () => {
  let server: Server
  const buffer = new StatsBuffer({ databaseUrl: env.DATABASE_URL, intervalMs: 60_000 })
  const address = '198.51.100.23'
  const userAgent = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 Stats-Test'

  beforeAll(async () => {
    const deps = { buffer, visitors: new DailyVisitors({ site: 'test' }), throttle: new Throttle() }
    server = createServer((request, response) => void handleBeacon(request, response, deps))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await buffer.stop()
    await new Promise((resolve) => server.close(resolve))
  })

  it('holds no address, user agent or hash after real beacons', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stats`
    const beacons = [{ path: '/locaties' }, { path: '/oud', kind: 'not-found' }, { path: '/zoeken', kind: 'empty-search', words: 'moestuin' }]
    for (const beacon of beacons) {
      const response = await fetch(url, { method: 'POST', body: JSON.stringify(beacon), headers: { 'user-agent': userAgent, 'x-forwarded-for': address } })
      expect(response.status).toBe(204)
    }
    await expect.poll(() => buffer.pending().some((row) => row.counter === 'visitor')).toBe(true)
    await buffer.flush()

    const dump = (await Promise.all(STATS_TABLES.map((table) => query(`SELECT * FROM ${table}`)))).flat()
    expect(dump.some((row) => JSON.stringify(row).includes('moestuin'))).toBe(true)
    const text = JSON.stringify(dump)
    expect(text).not.toContain(address)
    expect(text).not.toContain('Stats-Test')
    expect(text).not.toMatch(/[0-9a-f]{32}/)
    // And no column could hold them: only days, paths, words, course, edition, choice and counts.
    const columns = await query<{ column_name: string }>(
      `SELECT DISTINCT column_name FROM information_schema.columns WHERE table_name = ANY($1) ORDER BY column_name`,
      [STATS_TABLES],
    )
    expect(columns.map((column) => column.column_name)).toEqual(
      ['course_id', 'day', 'edition', 'file', 'heard_from', 'hits', 'path', 'requests', 'searches', 'sign_ups', 'views', 'visitors', 'week', 'words'],
    )
  })
})

describe('the daily salt with several instances (Redis)', () => {
  let redis: ChildProcess
  let redisUrl: string

  beforeAll(async () => {
    const port = await freePort()
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    redisUrl = `redis://127.0.0.1:${port}`
    await waitForPort(port)
  })
  afterAll(() => {
    redis.kill('SIGTERM')
  })

  it('is the same on both instances, so a visitor counts once whichever instance answers', async () => {
    const a = new DailyVisitors({ site: 'test', redisUrl })
    const b = new DailyVisitors({ site: 'test', redisUrl })
    await expect.poll(() => a.connected && b.connected).toBe(true)
    expect(await a.hashFor('x', 'y', '2001-02-01')).toBe(await b.hashFor('x', 'y', '2001-02-01'))
    expect(await a.isNew('203.0.113.9', 'Firefox', '2001-02-01')).toBe(true)
    expect(await b.isNew('203.0.113.9', 'Firefox', '2001-02-01')).toBe(false)
    expect(await b.isNew('203.0.113.10', 'Firefox', '2001-02-01')).toBe(true)
    expect(await a.hashFor('x', 'y', '2001-02-02')).not.toBe(await a.hashFor('x', 'y', '2001-02-01'))
    await Promise.all([a.close(), b.close()])
  })
})
