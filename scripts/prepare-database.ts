import { getPayload } from 'payload'
import { seed } from '@/content/seed'

/**
 * Bring the database to the committed schema (migrations only, never a dev push) and seed it:
 * always with `mode: 'always'`, otherwise only when it holds no locations yet (a first start).
 */
export async function prepareDatabase(mode: 'migrate-only' | 'if-empty' | 'always'): Promise<void> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    // Reads the committed files in migrations/ (the adapter's migrationDir).
    await payload.db.migrate()
    if (mode === 'migrate-only') return
    const { totalDocs } = await payload.count({ collection: 'locations' })
    if (mode === 'always' || totalDocs === 0) await seed(payload)
  } finally {
    await payload.destroy()
  }
}
