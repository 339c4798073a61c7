import config from '@payload-config'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ANONYMOUS_READ_LIMITS } from '@/collections/hooks/capAnonymousReads'
import { FORGOT_PASSWORD_LIMIT, LOGIN_LIMIT } from '@/lib/rate-limit'
import { getPayloadClient } from '@/lib/payload'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'
import { TEST_ADMIN } from '../helpers/testEnv'

let admin: string

beforeAll(async () => {
  admin = await loginAsAdmin()
})

describe('a smaller attack surface', () => {
  it('has no GraphQL endpoint', async () => {
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
      }),
    )
    expect(response.status).toBe(404)
  })

  it('caps how many documents an anonymous REST read returns', async () => {
    for (const query of ['limit=0', 'limit=100000', 'pagination=false']) {
      const { status, body } = await rest('GET', `/partners?${query}`)
      expect(status, query).toBe(200)
      expect(body.limit, query).toBe(ANONYMOUS_READ_LIMITS.limit)
    }
    const staff = await rest('GET', '/partners?limit=100', { token: admin })
    expect(staff.body.limit).toBe(100)
  })
})

describe('staff accounts', () => {
  it('need passwords of at least 12 characters, with a Dutch message', async () => {
    const tooShort = await rest('POST', '/users', {
      token: admin,
      body: { email: 'kort@test.doenenlaten.local', password: 'elf-tekens!', role: 'coordinator' },
    })
    expect(tooShort.status).toBe(400)
    expect(JSON.stringify(tooShort.body)).toContain('minstens 12 tekens')
    const longEnough = await rest('POST', '/users', {
      token: admin,
      body: { email: 'lang@test.doenenlaten.local', password: 'twaalf-tekens', role: 'coordinator' },
    })
    expect(longEnough.status).toBe(201)
    const change = await rest('PATCH', `/users/${longEnough.body.doc.id}`, { token: admin, body: { password: 'kort' } })
    expect(change.status).toBe(400)
  })

  it('get an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await REST_POST(config)(
      new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(TEST_ADMIN),
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('leave no document locks or preferences behind when removed', async () => {
    const { payload, own, user } = await coordinatorFixture('vertrekt@test.doenenlaten.local')
    const owner = { relationTo: 'users' as const, value: user.id }
    // As the admin panel does: the lock and the preference are written by the user themselves.
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'locations', value: own.id }, user: owner },
      user,
    })
    await payload.create({ collection: 'payload-preferences', data: { key: 'vertrekt-list', user: owner, value: { limit: 10 } }, user })
    expect((await rest('DELETE', `/users/${user.id}`, { token: admin })).status).toBe(200)
    // The database drops the link to the user by itself; the lock and the preference rows would stay.
    const local = await getPayloadClient()
    const locks = await local.count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: own.id } } })
    expect(locks.totalDocs).toBe(0)
    expect((await local.count({ collection: 'payload-preferences', where: { key: { equals: 'vertrekt-list' } } })).totalDocs).toBe(0)
  })
})

/** As scripts/serve.mjs hands requests to Next.js: X-Forwarded-For holds the one client address. */
const from = (address: string) => ({ 'x-forwarded-for': address })

describe('logging in and password resets', () => {
  it('are refused per client after too many failed logins, whoever the account', async () => {
    const guesser = from('198.51.100.20')
    for (let attempt = 1; attempt <= LOGIN_LIMIT.limit; attempt++) {
      const guess = await rest('POST', '/users/login', { headers: guesser, body: { email: `raden${attempt}@test.doenenlaten.local`, password: 'geraden-wachtwoord' } })
      expect(guess.status, `attempt ${attempt}`).toBe(401)
    }
    const refused = await rest('POST', '/users/login', { headers: guesser, body: TEST_ADMIN })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toContain('Probeer het over een kwartier opnieuw')
    // Somebody else, elsewhere, still logs in.
    expect((await rest('POST', '/users/login', { headers: from('198.51.100.21'), body: TEST_ADMIN })).status).toBe(200)
  })

  it('do not count successful logins', async () => {
    for (let attempt = 1; attempt <= LOGIN_LIMIT.limit + 2; attempt++) {
      expect((await rest('POST', '/users/login', { headers: from('198.51.100.22'), body: TEST_ADMIN })).status).toBe(200)
    }
  })

  it('limit password reset requests per client', async () => {
    const asker = from('198.51.100.23')
    const ask = () => rest('POST', '/users/forgot-password', { headers: asker, body: { email: 'niemand@test.doenenlaten.local' } })
    for (let attempt = 1; attempt <= FORGOT_PASSWORD_LIMIT.limit; attempt++) expect((await ask()).status).toBe(200)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toContain('Probeer het over een uur opnieuw')
  })
})

describe('expected refusals', () => {
  afterEach(() => vi.restoreAllMocks())

  it('are logged as one info line each, not as errors with a stack trace', async () => {
    const { logger } = await getPayloadClient()
    const coordinator = await coordinatorFixture('weigering@test.doenenlaten.local')
    const errors = vi.spyOn(logger, 'error')
    const infos = vi.spyOn(logger, 'info')
    const refusals = [
      await rest('GET', '/registrations'),
      await rest('POST', '/locations', { body: { name: 'Niet van jou' } }),
      await rest('DELETE', '/users/1'),
      await rest('PATCH', `/locations/${coordinator.other.id}`, { token: coordinator.token, body: { name: 'Overgenomen' } }),
      await rest('POST', '/users/login', { headers: from('198.51.100.24'), body: { email: TEST_ADMIN.email, password: 'fout-wachtwoord' } }),
      await rest('POST', '/users/login', { headers: from('198.51.100.20'), body: TEST_ADMIN }),
    ]
    expect(refusals.map(({ status }) => status)).toEqual([403, 403, 403, 403, 401, 429])
    expect(errors).not.toHaveBeenCalled()
    const lines = infos.mock.calls.map(([entry]) => entry as { msg?: string; err?: unknown })
    expect(lines.length).toBeGreaterThanOrEqual(refusals.length)
    for (const line of lines) {
      expect(typeof line.msg).toBe('string')
      expect(line.err).toBeUndefined()
    }
  })
})
