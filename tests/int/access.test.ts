import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

let admin: string
let coordinator: Awaited<ReturnType<typeof coordinatorFixture>>

beforeAll(async () => {
  admin = await loginAsAdmin()
  coordinator = await coordinatorFixture('coordinator@test.doenenlaten.local')
})

describe('anonymous visitors', () => {
  it('read published public collections', async () => {
    for (const collection of ['locations', 'courses', 'partners', 'timeline-events', 'media', 'coaches']) {
      const { status } = await rest('GET', `/${collection}?limit=1`)
      expect(status, collection).toBe(200)
    }
    const { body } = await rest('GET', '/locations?limit=100')
    expect(body.totalDocs).toBeGreaterThanOrEqual(11)
  })

  it('cannot list or read users', async () => {
    expect((await rest('GET', '/users')).status).toBe(403)
    expect((await rest('GET', `/users/${coordinator.user.id}`)).status).toBe(403)
  })

  it('cannot create, update or delete content', async () => {
    expect((await rest('POST', '/locations', { body: { name: 'X', neighbourhood: 'Y', address: { street: 'Z', city: 'Utrecht' } } })).status).toBe(403)
    expect((await rest('PATCH', `/locations/${coordinator.own.id}`, { body: { name: 'Hacked' } })).status).toBe(403)
    expect((await rest('DELETE', `/partners/${1}`)).status).toBe(403)
    expect((await rest('POST', '/globals/site-settings', { body: { tagline: 'Hacked' } })).status).toBe(403)
  })

  it('never see drafts or coaches without consent', async () => {
    const draft = await rest('POST', '/locations?draft=true', {
      token: admin,
      body: { name: 'Concept huiskamer', neighbourhood: 'Zuilen', address: { street: 'Teststraat 1', city: 'Utrecht' }, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const coach = await rest('POST', '/coaches', { token: admin, body: { displayName: 'Coach zonder toestemming', published: false } })
    expect(coach.status).toBe(201)

    const locations = await rest('GET', '/locations?limit=100&where[slug][equals]=concept-huiskamer')
    expect(locations.body.totalDocs).toBe(0)
    const coaches = await rest('GET', '/coaches')
    expect(coaches.body.docs.map((doc: { displayName: string }) => doc.displayName)).not.toContain('Coach zonder toestemming')
    // Staff do see both.
    expect((await rest('GET', '/locations?where[slug][equals]=concept-huiskamer&draft=true', { token: admin })).body.totalDocs).toBe(1)
    expect((await rest('GET', `/coaches/${coach.body.doc.id}`, { token: coordinator.token })).status).toBe(200)
  })
})

describe('coordinators', () => {
  it('update their own location', async () => {
    const { status, body } = await rest('PATCH', `/locations/${coordinator.own.id}`, {
      token: coordinator.token,
      body: { accessibility: 'Drempelvrij' },
    })
    expect(status).toBe(200)
    expect(body.doc.accessibility).toBe('Drempelvrij')
  })

  it('cannot update a location that is not theirs', async () => {
    const { status } = await rest('PATCH', `/locations/${coordinator.other.id}`, { token: coordinator.token, body: { accessibility: 'X' } })
    expect(status).toBe(403)
  })

  it('cannot create or delete locations, or change settings', async () => {
    expect((await rest('POST', '/locations', { token: coordinator.token, body: { name: 'Nieuw', neighbourhood: 'X', address: { street: 'Y', city: 'Utrecht' } } })).status).toBe(403)
    expect((await rest('DELETE', `/locations/${coordinator.own.id}`, { token: coordinator.token })).status).toBe(403)
    expect((await rest('POST', '/globals/site-settings', { token: coordinator.token, body: { tagline: 'X' } })).status).toBe(403)
    expect((await rest('DELETE', `/partners/1`, { token: coordinator.token })).status).toBe(403)
  })

  it('cannot promote themselves or change their location assignment', async () => {
    const { status } = await rest('PATCH', `/users/${coordinator.user.id}`, {
      token: coordinator.token,
      body: { role: 'admin', locations: [coordinator.own.id, coordinator.other.id], name: 'Coördinator' },
    })
    expect(status).toBe(200)
    const stored = await coordinator.payload.findByID({ collection: 'users', id: coordinator.user.id, depth: 0 })
    expect(stored.role).toBe('coordinator')
    expect(stored.locations).toEqual([coordinator.own.id])
    expect(stored.name).toBe('Coördinator')
  })

  it('see only their own account', async () => {
    const { body } = await rest('GET', '/users', { token: coordinator.token })
    expect(body.docs.map((user: { id: number }) => user.id)).toEqual([coordinator.user.id])
  })
})

describe('admins', () => {
  it('manage users, settings and every location', async () => {
    expect((await rest('GET', '/users', { token: admin })).body.totalDocs).toBeGreaterThanOrEqual(2)
    expect((await rest('PATCH', `/locations/${coordinator.other.id}`, { token: admin, body: { accessibility: 'Lift aanwezig' } })).status).toBe(200)
    const created = await rest('POST', '/partners', { token: admin, body: { name: 'Tijdelijke partner', kind: 'care' } })
    expect(created.status).toBe(201)
    expect((await rest('DELETE', `/partners/${created.body.doc.id}`, { token: admin })).status).toBe(200)
  })
})

describe('coordinators and coaches', () => {
  it('edit coaches of their own locations only', async () => {
    const payload = coordinator.payload
    const ownCoach = await payload.create({ collection: 'coaches', data: { displayName: 'Coach eigen locatie', slug: 'coach-eigen-locatie', locations: [coordinator.own.id] } })
    const otherCoach = await payload.create({ collection: 'coaches', data: { displayName: 'Coach andere locatie', slug: 'coach-andere-locatie', locations: [coordinator.other.id] } })
    expect((await rest('PATCH', `/coaches/${ownCoach.id}`, { token: coordinator.token, body: { role: 'Ervaringscoach' } })).status).toBe(200)
    expect((await rest('PATCH', `/coaches/${otherCoach.id}`, { token: coordinator.token, body: { role: 'X' } })).status).toBe(403)
    expect((await rest('POST', '/coaches', { token: coordinator.token, body: { displayName: 'Nieuw' } })).status).toBe(403)
  })

  it('upload images, but not other files', async () => {
    const user = { ...coordinator.user, collection: 'users' as const }
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0e5a55' } }).png().toBuffer()
    const image = await coordinator.payload.create({
      collection: 'media',
      data: { alt: 'Groen vlak' },
      file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
      user,
      overrideAccess: false,
    })
    expect(image.mimeType).toBe('image/png')
    await expect(
      coordinator.payload.create({
        collection: 'media',
        data: { alt: 'Tekst' },
        file: { data: Buffer.from('geen afbeelding'), mimetype: 'text/plain', name: 'notitie.txt', size: 15 },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
