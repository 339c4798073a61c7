import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getPayloadClient } from '@/lib/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('migrations', () => {
  it('match the collection config (no schema change without a committed migration)', async () => {
    const payload = await getPayloadClient()
    const db = payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const dir = path.resolve('migrations')
    const latest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest).toBeDefined()
    const committed = JSON.parse(readFileSync(path.join(dir, String(latest)), 'utf8'))

    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const statements = await generateMigration(committed, generateDrizzleJson(db.schema))
    // Run `npm run migrate:create <name>` and commit the result when this fails.
    expect(statements).toEqual([])
  })

  it('have all run against the test database', async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0 })
    const files = readdirSync('migrations').filter((file) => /^\d.*\.ts$/.test(file)).map((file) => file.replace(/\.ts$/, ''))
    expect(docs.map((doc) => doc.name).sort()).toEqual(files.sort())
    expect(docs.some((doc) => doc.batch === -1)).toBe(false)
  })
})
