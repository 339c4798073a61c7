import { describe, expect, it } from 'vitest'
import { getPayloadClient } from '@/lib/payload'
import type { Locale } from '@/lib/i18n/locales'
import { normaliseQuery, searchSite } from '@/lib/search'

const search = async (query: string, locale: Locale = 'nl') => searchSite(await getPayloadClient(), query, locale)

describe('site search (PostgreSQL, Dutch)', () => {
  it('finds Dutch word forms: "cursussen" finds the course', async () => {
    const hits = await search('cursussen')
    expect(hits.map((hit) => hit.href)).toContain('/cursussen/ervaring-contact-herstel')
  })

  it('"ervaringscoach" finds the ECH course page first among courses', async () => {
    const hits = await search('ervaringscoach')
    expect(hits.find((hit) => hit.kind === 'course')?.href).toBe('/cursussen/ervaring-contact-herstel')
  })

  it('"overvecht" finds Huiskamer Ghanadreef, with the matching word marked in the snippet', async () => {
    const hits = await search('overvecht')
    const ghanadreef = hits.find((hit) => hit.title === 'Huiskamer Ghanadreef')
    expect(ghanadreef?.href).toBe('/locaties/huiskamer-ghanadreef')
    expect(ghanadreef?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toContain('overvecht')
  })

  it('"overvecht" lists the current huiskamers in Overvecht before pages that mention it', async () => {
    const hits = await search('overvecht')
    const firstOther = hits.findIndex((hit) => hit.kind !== 'location')
    const ghanadreef = hits.findIndex((hit) => hit.title === 'Huiskamer Ghanadreef')
    expect(ghanadreef).toBeGreaterThanOrEqual(0)
    expect(hits.findIndex((hit) => hit.kind === 'history')).toBeGreaterThan(ghanadreef)
    // Everything before the first non-location is a location about Overvecht.
    expect(hits.slice(0, firstOther === -1 ? hits.length : firstOther).every((hit) => hit.kind === 'location')).toBe(true)
    expect(ghanadreef).toBeLessThan(firstOther === -1 ? hits.length : firstOther)
  })

  it('"cursussen" lists the course page first, above history entries that mention courses', async () => {
    const hits = await search('cursussen')
    expect(hits[0]?.href).toBe('/cursussen/ervaring-contact-herstel')
    expect(hits.some((hit) => hit.kind === 'history')).toBe(true)
  })

  it('one cache key per search, whatever the case or spacing', () => {
    expect(normaliseQuery('  Huiskamer   OVERVECHT ')).toBe('huiskamer overvecht')
    expect(normaliseQuery('Cursussen')).toBe(normaliseQuery('cursussen'))
  })

  it('ranks a title match above a mention, and finds words in rich text', async () => {
    const hits = await search('Bouwen aan een thuis')
    expect(hits[0]?.href).toBe('/nieuws/bouwen-aan-een-thuis')
    expect((await search('Enik Recovery College')).map((hit) => hit.href)).toContain('/nieuws/bouwen-aan-een-thuis')
  })

  it('never shows drafts, and treats odd input as words', async () => {
    const payload = await getPayloadClient()
    await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: 'Geheim concept zoekwoordxyz', summary: 'Nog niet af.', kind: 'news', _status: 'draft', dateShownAs: 'day' },
    })
    expect(await search('zoekwoordxyz')).toEqual([])
    for (const odd of ['"', "'; DROP TABLE posts; --", '!!!', 'a & | b', '<mark>']) expect(Array.isArray(await search(odd))).toBe(true)
  })
})
