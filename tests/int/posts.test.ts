import { beforeAll, describe, expect, it } from 'vitest'
import { getPayloadClient } from '@/lib/payload'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

type Coordinator = Awaited<ReturnType<typeof coordinatorFixture>>
let admin: string
let coordinator: Coordinator

const story = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Een korte samenvatting.',
  kind: 'news',
  _status: 'published',
  ...extra,
})

beforeAll(async () => {
  admin = await loginAsAdmin()
  coordinator = await coordinatorFixture('nieuws-coordinator@test.doenenlaten.local')
})

describe('stories (posts)', () => {
  it('are readable by anyone once published, and drafts only by staff', async () => {
    const draft = await rest('POST', '/posts', { token: admin, body: story('Nog niet af', { _status: 'draft' }) })
    expect(draft.status).toBe(201)
    expect((await rest('GET', `/posts/${draft.body.doc.id}`)).status).toBe(404)
    expect((await rest('GET', `/posts/${draft.body.doc.id}?draft=true`, { token: admin })).status).toBe(200)
    const published = await rest('GET', '/posts?where[slug][equals]=ervaringscoaches-helpen-wijkbewoners')
    expect(published.body.docs).toHaveLength(1)
  })

  it('get the date of publication when they have none', async () => {
    const before = Date.now()
    const { body } = await rest('POST', '/posts', { token: admin, body: story('Vandaag online') })
    expect(new Date(body.doc.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('from elsewhere name their source, with a real link', async () => {
    const unnamed = await rest('POST', '/posts', { token: admin, body: story('Zonder bron', { kind: 'media' }) })
    expect(unnamed.status).toBe(400)
    expect(JSON.stringify(unnamed.body)).toContain('Vul in waar dit artikel eerder verscheen')
    const badLink = await rest('POST', '/posts', {
      token: admin,
      body: story('Rare link', { kind: 'media', source: { name: 'Krant', url: 'javascript:alert(1)' } }),
    })
    expect(badLink.status).toBe(400)
    expect(JSON.stringify(badLink.body)).toContain('https://')
  })

  it('are written by coordinators about their own huiskamers only', async () => {
    const { token, own, other } = coordinator
    const noPlace = await rest('POST', '/posts', { token, body: story('Over niets') })
    expect(noPlace.status).toBe(400)
    expect(JSON.stringify(noPlace.body)).toContain('Kies de huiskamer waar dit over gaat')
    const elsewhere = await rest('POST', '/posts', { token, body: story('Over een ander', { locations: [other.id] }) })
    expect(elsewhere.status).toBe(400)
    expect(JSON.stringify(elsewhere.body)).toContain('alleen doen voor je eigen huiskamers')

    const mine = await rest('POST', '/posts', { token, body: story('Over mijn huiskamer', { locations: [own.id] }) })
    expect(mine.status).toBe(201)
    const edited = await rest('PATCH', `/posts/${mine.body.doc.id}`, { token, body: { summary: 'Aangepast door de coördinator.' } })
    expect(edited.status).toBe(200)
    const moved = await rest('PATCH', `/posts/${mine.body.doc.id}`, { token, body: { locations: [own.id, other.id] } })
    expect(moved.status).toBe(400)
  })

  it('by others stay out of a coordinator’s reach; admins change any', async () => {
    const { token, other } = coordinator
    const theirs = await rest('POST', '/posts', { token: admin, body: story('Over een andere huiskamer', { locations: [other.id] }) })
    const general = await rest('POST', '/posts', { token: admin, body: story('Algemeen nieuws') })
    for (const target of [theirs, general]) {
      expect((await rest('PATCH', `/posts/${target.body.doc.id}`, { token, body: { title: 'Overgenomen' } })).status).toBe(403)
      expect((await rest('DELETE', `/posts/${target.body.doc.id}`, { token })).status).toBe(403)
    }
    expect((await rest('PATCH', `/posts/${theirs.body.doc.id}`, { token: admin, body: { title: 'Door de beheerder' } })).status).toBe(200)
    expect((await rest('DELETE', `/posts/${general.body.doc.id}`, { token: admin })).status).toBe(200)
  })

  it('can be scheduled: Payload queues a publish job that the job runner carries out', async () => {
    const payload = await getPayloadClient()
    const draft = await payload.create({ collection: 'posts', data: story('Straks online', { _status: 'draft' }) as never, draft: true })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'posts', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    const live = await rest('GET', `/posts/${draft.id}`)
    expect(live.status).toBe(200)
    expect(live.body._status).toBe('published')
    expect(live.body.publishedAt).toBeTruthy()
  })
})
