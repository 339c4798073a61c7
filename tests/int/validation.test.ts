import { beforeAll, describe, expect, it } from 'vitest'
import { getPayloadClient } from '@/lib/payload'
import { loginAsAdmin, rest } from '../helpers/rest'

let admin: string
const newLocation = { name: 'Validatie huiskamer', neighbourhood: 'Ondiep', address: { street: 'Teststraat 2', city: 'Utrecht' } }

beforeAll(async () => {
  admin = await loginAsAdmin()
})

/** All Dutch messages in a Payload validation error response. */
const messages = (body: { errors?: { data?: { errors?: { message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors?.map((e) => e.message) ?? [])

describe('validation: clear Dutch errors, nothing half-written', () => {
  it('rejects opening hours in the wrong format or with equal times', async () => {
    const bad = await rest('POST', '/locations', {
      token: admin,
      body: { ...newLocation, openingHours: [{ day: 'monday', opens: '9.30', closes: '17:00' }] },
    })
    expect(bad.status).toBe(400)
    expect(messages(bad.body).join(' ')).toMatch(/UU:MM/)

    const equal = await rest('POST', '/locations', {
      token: admin,
      body: { ...newLocation, openingHours: [{ day: 'monday', opens: '10:00', closes: '10:00' }] },
    })
    expect(equal.status).toBe(400)
    expect(messages(equal.body).join(' ')).toMatch(/sluitingstijd moet na de openingstijd/)

    const payload = await getPayloadClient()
    const stored = await payload.count({ collection: 'locations', where: { name: { equals: newLocation.name } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('rejects a closure that ends before it starts', async () => {
    const { status, body } = await rest('POST', '/locations', {
      token: admin,
      body: { ...newLocation, closures: [{ from: '2026-12-24', until: '2026-12-20', reason: 'Kerst' }] },
    })
    expect(status).toBe(400)
    expect(messages(body).join(' ')).toMatch(/einddatum moet op of na de begindatum/)
  })

  it('rejects malformed phone, e-mail, postcode and website', async () => {
    const location = await rest('POST', '/locations', {
      token: admin,
      body: { ...newLocation, phone: 'bel me', email: 'geen-mail', address: { ...newLocation.address, postcode: '12345' } },
    })
    expect(location.status).toBe(400)
    const text = messages(location.body).join(' ')
    expect(text).toMatch(/telefoonnummer/)
    expect(text).toMatch(/e-mailadres/)
    expect(text).toMatch(/postcode/)

    const partner = await rest('POST', '/partners', { token: admin, body: { name: 'Slechte link', kind: 'care', website: 'javascript:alert(1)' } })
    expect(partner.status).toBe(400)
    expect(messages(partner.body).join(' ')).toMatch(/https:\/\//)
  })

  it('accepts valid hours, including a slot past midnight, and keeps the slug unique', async () => {
    const first = await rest('POST', '/locations', {
      token: admin,
      body: { ...newLocation, openingHours: [{ day: 'friday', opens: '20:00', closes: '02:00' }], _status: 'published' },
    })
    expect(first.status).toBe(201)
    expect(first.body.doc.slug).toBe('validatie-huiskamer')
    const duplicate = await rest('POST', '/locations', { token: admin, body: { ...newLocation, _status: 'published' } })
    expect(duplicate.status).toBe(400)
  })
})
