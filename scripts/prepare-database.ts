import { getPayload, type Migration } from 'payload'
import { seed } from '@/content/seed'
import { closePayload } from '@/lib/close-payload'
import { migrations } from '@/migrations'

/**
 * Bring the database to the committed schema (migrations only, never a dev push) and seed it:
 * always with `mode: 'always'`, otherwise only when it holds no locations yet (a first start).
 */
export async function prepareDatabase(mode: 'migrate-only' | 'if-empty' | 'always'): Promise<void> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    // Passed explicitly (not read from disk) so this works under any TS loader, vitest included.
    // Payload types a migration's args as `unknown`; the generated files take the adapter's args.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    if (mode === 'migrate-only') return
    const { totalDocs } = await payload.count({ collection: 'locations' })
    if (mode === 'always' || totalDocs === 0) await seed(payload)
  } finally {
    await closePayload(payload)
  }
}
