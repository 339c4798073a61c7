import { beforeAll, describe, expect, it } from 'vitest'
import { retentionCutoff } from '@/lib/jobs/deleteExpiredRegistrations'
import { getPayloadClient } from '@/lib/payload'
import { forgetAttempt, hitRateLimit } from '@/lib/rate-limit'
import { placeSignUp, registerForCourse } from '@/lib/registrations'
import type { Course } from '@/payload-types'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

let ech: Course
const person = { name: 'Test Persoon', email: 'test.persoon@example.nl', phone: undefined, motivation: undefined, heardFrom: undefined, consent: 'ja' as const }

beforeAll(async () => {
  const payload = await getPayloadClient()
  ech = (await payload.find({ collection: 'courses', where: { shortName: { equals: 'ECH' } }, depth: 0 })).docs[0]
})

describe('registrations are personal data', () => {
  it('cannot be listed, read or written anonymously', async () => {
    const payload = await getPayloadClient()
    const created = await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      data: { course: ech.id, name: 'Geheim', email: 'geheim@example.nl', consent: true, status: 'new', idempotencyKey: 'int-secret' },
    })
    expect((await rest('GET', '/registrations')).status).toBe(403)
    expect((await rest('GET', `/registrations/${created.id}`)).status).toBe(403)
    expect((await rest('POST', '/registrations', { body: { course: ech.id, name: 'X', email: 'x@example.nl', consent: true } })).status).toBe(403)
    expect((await rest('GET', '/rate-limit-events')).status).toBe(403)
  })

  it('are read and updated by staff, deleted only by admins', async () => {
    const coordinator = await coordinatorFixture('coordinator-reg@test.doenenlaten.local')
    const admin = await loginAsAdmin()
    const list = await rest('GET', '/registrations', { token: coordinator.token })
    expect(list.status).toBe(200)
    const id = list.body.docs[0].id
    expect((await rest('PATCH', `/registrations/${id}`, { token: coordinator.token, body: { status: 'contacted' } })).status).toBe(200)
    expect((await rest('DELETE', `/registrations/${id}`, { token: coordinator.token })).status).toBe(403)
    expect((await rest('DELETE', `/registrations/${id}`, { token: admin })).status).toBe(200)
  })
})

describe('signing up', () => {
  it('stores one registration per form, however often it is submitted', async () => {
    const payload = await getPayloadClient()
    const first = await registerForCourse(payload, ech, person, 'int-key-1')
    const second = await registerForCourse(payload, ech, person, 'int-key-1')
    expect(first.duplicate).toBe(false)
    expect(second.duplicate).toBe(true)
    const stored = await payload.count({ collection: 'registrations', where: { idempotencyKey: { equals: 'int-key-1' } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(1)
  })

  it('puts people on the waiting list when the edition is full, and registers interest without one', () => {
    const edition = { id: 'e1', label: 'Voorjaar', startDate: '2099-03-01', status: 'open' as const, capacity: 2 }
    expect(placeSignUp({ editions: [edition] }, () => 1)).toEqual({ edition, waitlisted: false })
    expect(placeSignUp({ editions: [edition] }, () => 2)).toEqual({ edition, waitlisted: true })
    expect(placeSignUp({ editions: [{ ...edition, status: 'full' }] }, () => 0).waitlisted).toBe(true)
    expect(placeSignUp({ editions: [] }, () => 0)).toEqual({ waitlisted: false })
  })

  it('limits attempts per client in PostgreSQL', async () => {
    const payload = await getPayloadClient()
    const rule = { bucket: 'int-test', limit: 3, windowMs: 60_000 }
    const results = []
    for (let i = 0; i < 4; i++) results.push((await hitRateLimit(payload, 'client-a', rule)) !== null)
    expect(results).toEqual([true, true, true, false])
    const other = await hitRateLimit(payload, 'client-b', rule)
    expect(other).not.toBeNull()
    // An attempt taken back makes room for one more.
    await forgetAttempt(payload, other!)
    for (let i = 0; i < 3; i++) expect(await hitRateLimit(payload, 'client-b', rule)).not.toBeNull()
    expect(await hitRateLimit(payload, 'client-b', rule)).toBeNull()
  })
})

describe('retention', () => {
  it('the nightly job deletes registrations older than the retention period and keeps newer ones', async () => {
    const payload = await getPayloadClient()
    const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString()
    const expired = await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      data: { course: ech.id, name: 'Oud', email: 'oud@example.nl', consent: true, status: 'new', idempotencyKey: 'int-old', createdAt: old },
    })
    expect(expired.createdAt).toBe(old)
    const recent = await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      data: { course: ech.id, name: 'Nieuw', email: 'nieuw@example.nl', consent: true, status: 'new', idempotencyKey: 'int-new' },
    })

    await payload.jobs.queue({ task: 'deleteExpiredRegistrations', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })

    const remaining = await payload.find({ collection: 'registrations', where: { id: { in: [expired.id, recent.id] } }, overrideAccess: true })
    expect(remaining.docs.map((doc) => doc.name)).toEqual(['Nieuw'])
  })

  it('counts the retention period in whole months', () => {
    expect(retentionCutoff(new Date('2026-11-23T00:00:00Z'), 12).toISOString()).toBe('2025-11-23T00:00:00.000Z')
  })
})

describe('staff follow-up', () => {
  it('exports one edition as CSV with a BOM, for admins only', async () => {
    const payload = await getPayloadClient()
    const edition = ech.editions!.find((candidate) => candidate.id)!
    await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      data: { course: ech.id, editionId: edition.id, editionLabel: edition.label, name: 'Renée Çelik', email: 'renee@example.nl', motivation: '=HYPERLINK("x")', consent: true, status: 'intake', idempotencyKey: 'int-export' },
    })
    const path = `/registrations/export?course=${ech.id}&edition=${edition.id}`
    expect((await rest('GET', path)).status).toBe(403)
    const coordinator = await coordinatorFixture('coordinator-export@test.doenenlaten.local')
    expect((await rest('GET', path, { token: coordinator.token })).status).toBe(403)
    const admin = await loginAsAdmin()
    expect((await rest('GET', `/registrations/export?course=${ech.id}`, { token: admin })).status).toBe(400)
    const csv = await rest('GET', path, { token: admin })
    expect(csv.status).toBe(200)
    expect(csv.headers?.get('content-type')).toBe('text/csv; charset=utf-8')
    const text = csv.body as string
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Naam;E-mail;Telefoon;Status;Editie;Aangemeld op;Motivatie;Notities')
    const row = lines.find((line) => line.startsWith('Renée Çelik'))
    expect(row).toContain(';renee@example.nl;;Kennismaking gepland;')
    // A formula in a text field stays text in Excel.
    expect(row).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('counts registrations per edition and status for the course page', async () => {
    const payload = await getPayloadClient()
    const { countsPerEdition } = await import('@/lib/registration-export')
    const edition = ech.editions!.find((candidate) => candidate.id)!
    const counts = await countsPerEdition(payload, ech.id)
    const stored = await payload.count({ collection: 'registrations', where: { and: [{ course: { equals: ech.id } }, { editionId: { equals: edition.id } }, { status: { equals: 'intake' } }] }, overrideAccess: true })
    expect(counts.get(edition.id!)?.intake).toBe(stored.totalDocs)
    expect(stored.totalDocs).toBeGreaterThanOrEqual(1)
  })
})
