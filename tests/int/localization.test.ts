import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'
import { seed } from '@/content/seed'
import { findPublishedBySlug } from '@/lib/queries/by-slug'
import { getPayloadClient } from '@/lib/payload'
import { searchSite } from '@/lib/search'
import * as localization from '@/migrations/20261202_045030_localization'
import { coordinatorFixture } from '../helpers/fixtures'
import { loginAsAdmin, rest } from '../helpers/rest'

type Rows = { rows: Record<string, unknown>[] }

async function query(text: string): Promise<Record<string, unknown>[]> {
  const payload = await getPayloadClient()
  return ((await payload.db.drizzle.execute(sql.raw(text))) as unknown as Rows).rows
}

// The Dutch texts; a row without any text carries nothing to keep (the migration does not write one).
const dutchTexts = async () => (await query(DUTCH_TEXTS)).filter((row) => row.a !== null || row.b !== null)

// What today's data says in Dutch, in the tables the localization migration writes.
const DUTCH_TEXTS = `
  SELECT 'location' AS kind, _parent_id AS id, summary AS a, description::text AS b FROM locations_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'course', _parent_id, summary, body::text FROM courses_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'edition', NULL, _parent_id, note FROM courses_editions_locales WHERE _locale = 'nl' AND note IS NOT NULL
  UNION ALL SELECT 'post', _parent_id, title, body::text FROM posts_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'history', _parent_id, title, body::text FROM timeline_events_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'partner', _parent_id, description, NULL FROM partners_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'settings', _parent_id, tagline, footer_text FROM site_settings_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'help line', NULL, label, note FROM site_settings_help_lines_locales WHERE _locale = 'nl'
  UNION ALL SELECT 'location version', _parent_id, version_summary, version_description::text FROM _locations_v_locales WHERE _locale = 'nl'
  ORDER BY 1, 2, 3, 4`

describe('the localization migration', () => {
  it('keeps every text: down puts the Dutch texts back in the old columns, up moves them into the Dutch rows again', async () => {
    const payload = await getPayloadClient()
    const before = await dutchTexts()
    expect(before.filter((row) => row.kind === 'location').length).toBeGreaterThanOrEqual(11)
    const args = { db: payload.db.drizzle, payload, req: {} } as unknown as Parameters<typeof localization.up>[0]

    // "What to expect" came with the migration: down cannot keep it, so the test puts it back after up.
    const expectations = await query(`SELECT _parent_id AS id, what_to_expect AS text FROM locations_locales WHERE _locale = 'nl' AND what_to_expect IS NOT NULL`)
    expect(expectations.length).toBeGreaterThanOrEqual(3)

    let after: Record<string, unknown>[] = []
    try {
      await localization.down(args)
      // Today's schema, with today's data in it.
      const [ghanadreef] = await query(`SELECT summary FROM locations WHERE slug = 'huiskamer-ghanadreef'`)
      expect(ghanadreef.summary).toMatch(/Overvecht/)
      const [settings] = await query(`SELECT tagline FROM site_settings`)
      expect(settings.tagline).toMatch(/ervaringscoaches/)
      const oldSearch = await query(`SELECT count(*)::int AS n FROM search_documents WHERE search_vector @@ to_tsquery('dutch', 'overvecht')`)
      expect(oldSearch[0].n).toBeGreaterThan(0)
      expect(await query(`SELECT to_regclass('locations_locales') AS t`)).toEqual([{ t: null }])
    } finally {
      await localization.up(args)
      after = await dutchTexts()
      for (const { id, text } of expectations) {
        await payload.db.drizzle.execute(sql`UPDATE locations_locales SET what_to_expect = ${text} WHERE _parent_id = ${id} AND _locale = 'nl'`)
        await payload.db.drizzle.execute(
          sql`UPDATE _locations_v_locales l SET version_what_to_expect = ${text} FROM _locations_v v WHERE l._parent_id = v.id AND v.parent_id = ${id} AND l._locale = 'nl'`,
        )
      }
      // The other languages start empty after a real first migration; put the seeded translations back.
      await seed(payload)
    }
    expect(after).toEqual(before)
  })
})

describe('content in four languages', () => {
  it('reads a translation where there is one and marks the Dutch text where there is none', async () => {
    const ghanadreef = await findPublishedBySlug('locations', 'huiskamer-ghanadreef', 'en')
    expect(ghanadreef?.whatToExpect).toMatch(/without an appointment/)
    expect(ghanadreef?.summary).toMatch(/living room/)
    expect(ghanadreef?.untranslated).toContain('description')
    expect(ghanadreef?.untranslated).not.toContain('whatToExpect')
    const dutch = await findPublishedBySlug('locations', 'huiskamer-ghanadreef', 'nl')
    expect(dutch?.untranslated).toBeUndefined()
    expect(dutch?.whatToExpect).toMatch(/afspraak/)
  })

  it('searches each language with its own stemming and falls back to Dutch texts', async () => {
    const payload = await getPayloadClient()
    const english = await searchSite(payload, 'appointments', 'en')
    expect(english.map((hit) => hit.href)).toContain('/en/locaties/huiskamer-ghanadreef')
    const turkish = await searchSite(payload, 'buluşma', 'tr')
    expect(turkish.map((hit) => hit.href)).toContain('/tr/locaties/huiskamer-ghanadreef')
    // No Arabic text mentions the Lister history: the Dutch texts answer.
    const fallback = await searchSite(payload, 'cursussen', 'ar')
    expect(fallback.map((hit) => hit.href)).toContain('/ar/cursussen/ervaring-contact-herstel')
  })
})

describe('translation status', () => {
  let admin: string
  beforeAll(async () => {
    admin = await loginAsAdmin()
  })

  it('seeded translations wait for review, a Dutch change makes them out of date, a review clears the filter', async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'partners', limit: 1, depth: 0, where: { slug: { equals: 'lister' } } })
    const id = docs[0].id
    const needing = async () => (await rest('GET', `/partners?where[needsTranslation][equals]=true&limit=100`, { token: admin })).body.docs.map((doc: { id: number }) => doc.id)
    expect(await needing()).toContain(id)

    for (const locale of ['en', 'tr', 'ar']) {
      const saved = await rest('PATCH', `/partners/${id}?locale=${locale}`, { token: admin, body: { description: `Lister (${locale})`, translationReview: 'reviewed' } })
      expect(saved.status, locale).toBe(200)
    }
    expect(await needing()).not.toContain(id)
    const english = await rest('GET', `/partners/${id}?locale=en`, { token: admin })
    expect(english.body.description).toBe('Lister (en)')

    // The Dutch text changes: every translation is now older than it.
    expect((await rest('PATCH', `/partners/${id}?locale=nl`, { token: admin, body: { description: 'Nieuwe Nederlandse tekst.' } })).status).toBe(200)
    expect(await needing()).toContain(id)
    // A Dutch save that changes no visitor's text does not.
    const all = await rest('GET', `/partners/${id}?locale=all`, { token: admin })
    expect(all.body.translatedAt.en < all.body.dutchChangedAt).toBe(true)
  })

  it('coordinators translate their own huiskamers, not others; visitors cannot write any language', async () => {
    const coordinator = await coordinatorFixture('translating-coordinator@test.doenenlaten.local')
    const own = await rest('PATCH', `/locations/${coordinator.own.id}?locale=tr`, { token: coordinator.token, body: { whatToExpect: 'Randevusuz gelebilirsin.' } })
    expect(own.status).toBe(200)
    expect((await rest('GET', `/locations/${coordinator.own.id}?locale=tr`)).body.whatToExpect).toBe('Randevusuz gelebilirsin.')
    expect((await rest('PATCH', `/locations/${coordinator.other.id}?locale=tr`, { token: coordinator.token, body: { whatToExpect: 'X' } })).status).toBe(403)
    expect((await rest('PATCH', `/locations/${coordinator.own.id}?locale=ar`, { body: { whatToExpect: 'X' } })).status).toBe(403)
  })
})
