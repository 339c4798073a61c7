import { beforeAll, describe, expect, it } from 'vitest'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

let admin: string
let coordinator: Awaited<ReturnType<typeof coordinatorFixture>>

const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString()

beforeAll(async () => {
  admin = await loginAsAdmin()
  coordinator = await coordinatorFixture('agenda-coordinator@test.doenenlaten.local')
})

describe('activities', () => {
  it('are public to read and written by coordinators for their own huiskamers only', async () => {
    const { token, own, other } = coordinator
    const mine = await rest('POST', '/activities', { token, body: { title: 'Spelletjesmiddag', startsAt: inAWeek, location: own.id } })
    expect(mine.status).toBe(201)
    expect((await rest('GET', `/activities/${mine.body.doc.id}`)).status).toBe(200)
    const elsewhere = await rest('POST', '/activities', { token, body: { title: 'Ergens anders', startsAt: inAWeek, location: other.id } })
    expect(elsewhere.status).toBe(400)
    const theirs = await rest('POST', '/activities', { token: admin, body: { title: 'Van een ander', startsAt: inAWeek, location: other.id } })
    expect((await rest('PATCH', `/activities/${theirs.body.doc.id}`, { token, body: { title: 'Overgenomen' } })).status).toBe(403)
    expect((await rest('DELETE', `/activities/${theirs.body.doc.id}`, { token })).status).toBe(403)
    expect((await rest('POST', '/activities', { body: { title: 'Anoniem', startsAt: inAWeek, location: own.id } })).status).toBe(403)
  })

  it('end after they start, with a Dutch message', async () => {
    const backwards = await rest('POST', '/activities', {
      token: admin,
      body: { title: 'Achterstevoren', startsAt: inAWeek, endsAt: new Date(Date.now()).toISOString(), location: coordinator.own.id },
    })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('Het einde moet na het begin liggen')
  })
})
