import { describe, expect, it } from 'vitest'
import { seed } from '@/content/seed'
import { getPayloadClient } from '@/lib/payload'

const COLLECTIONS = ['locations', 'courses', 'partners', 'timeline-events', 'users'] as const

describe('seed', () => {
  it('wrote the history: locations, courses with editions, partners with former names', async () => {
    const payload = await getPayloadClient()
    const { docs: locations } = await payload.find({ collection: 'locations', limit: 100, depth: 0 })
    const streets = locations.map((location) => location.address.street)
    expect(streets).toEqual(expect.arrayContaining(['Beatrixlaan 2', 'Ghanadreef', 'Marco Pololaan', 'Zwanenvechtplein']))

    const { docs: [ech] } = await payload.find({ collection: 'courses', where: { shortName: { equals: 'ECH' } }, depth: 0 })
    expect(ech.editions?.find((edition) => edition.label === '6e editie')?.status).toBe('cancelled')

    const { docs: [lister] } = await payload.find({ collection: 'partners', where: { slug: { equals: 'lister' } } })
    expect(lister.formerNames?.map((former) => former.name).join()).toMatch(/SBWU/)
  })

  it('is idempotent: a second run changes nothing', async () => {
    const payload = await getPayloadClient()
    const snapshot = async () =>
      Promise.all(
        COLLECTIONS.map(async (collection) => {
          const { docs } = await payload.find({ collection, limit: 0, depth: 0, sort: 'id' })
          return docs.map((doc) => `${collection}:${doc.id}:${doc.updatedAt}`)
        }),
      )
    const before = await snapshot()
    const settingsBefore = await payload.findGlobal({ slug: 'site-settings' })
    await seed(payload)
    expect(await snapshot()).toEqual(before)
    expect((await payload.findGlobal({ slug: 'site-settings' })).updatedAt).toBe(settingsBefore.updatedAt)
  })
})
