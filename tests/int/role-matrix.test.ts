import { beforeAll, describe, expect, it } from 'vitest'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

type Role = 'anonymous' | 'coordinator' | 'admin'
const tokens: Partial<Record<Role, string>> = {}

beforeAll(async () => {
  tokens.admin = await loginAsAdmin()
  tokens.coordinator = (await coordinatorFixture('matrix-coordinator@test.doenenlaten.local')).token
})

/** Minimal valid documents, one per collection, for the create checks. */
const samples: Record<string, (n: string) => Record<string, unknown>> = {
  courses: (n) => ({ title: `Cursus ${n}`, shortName: 'TST', summary: 'Test', _status: 'published' }),
  'timeline-events': (n) => ({ year: 2021, title: `Gebeurtenis ${n}`, _status: 'published' }),
  partners: (n) => ({ name: `Partner ${n}`, kind: 'care' }),
  coaches: (n) => ({ displayName: `Coach ${n}` }),
  locations: (n) => ({ name: `Plek ${n}`, neighbourhood: 'Zuilen', address: { street: 'Teststraat 9', city: 'Utrecht' } }),
  users: (n) => ({ email: `matrix-${n}@test.doenenlaten.local`, password: 'matrix-password-1', role: 'coordinator' }),
}

// Who may create and delete in each collection (read and update rules have their own tests in access.test.ts).
const rules: Record<string, { create: Role[]; delete: Role[] }> = {
  courses: { create: ['admin'], delete: ['admin'] },
  'timeline-events': { create: ['admin'], delete: ['admin'] },
  partners: { create: ['admin'], delete: ['admin'] },
  coaches: { create: ['admin'], delete: ['admin'] },
  locations: { create: ['admin'], delete: ['admin'] },
  users: { create: ['admin'], delete: ['admin'] },
}

describe.each(Object.keys(rules))('%s', (collection) => {
  it.each(['anonymous', 'coordinator', 'admin'] as Role[])('create and delete as %s', async (role) => {
    const token = tokens[role]
    const created = await rest('POST', `/${collection}`, { token, body: samples[collection](`${role}-${collection}`) })
    expect(created.status, `create ${collection} as ${role}`).toBe(rules[collection].create.includes(role) ? 201 : 403)

    // Delete a document the admin made, so every role has something to try on.
    const target = created.status === 201 ? created : await rest('POST', `/${collection}`, { token: tokens.admin, body: samples[collection](`target-${role}-${collection}`) })
    expect(target.status).toBe(201)
    const removed = await rest('DELETE', `/${collection}/${target.body.doc.id}`, { token })
    expect(removed.status, `delete ${collection} as ${role}`).toBe(rules[collection].delete.includes(role) ? 200 : 403)
  })
})

describe('site settings', () => {
  it.each([
    ['anonymous', 403],
    ['coordinator', 403],
    ['admin', 200],
  ] as [Role, number][])('update as %s', async (role, status) => {
    const current = await rest('GET', '/globals/site-settings')
    expect(current.status).toBe(200)
    const { status: actual } = await rest('POST', '/globals/site-settings', { token: tokens[role], body: { tagline: current.body.tagline } })
    expect(actual).toBe(status)
  })
})
