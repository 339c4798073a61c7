import { seed } from '@/content/seed'
import { env } from '@/lib/env'
import { applyMigrations, withScriptPayload } from '@/lib/migrate'
import { withMigrationLock } from '@/lib/migration-lock'

/**
 * Bring the database to the committed schema (migrations only, never a dev push) and seed it:
 * always with `mode: 'always'`, otherwise only when it holds no locations yet (a first start).
 * Under an advisory lock: several instances may start against the same database at once.
 */
export function prepareDatabase(mode: 'migrate-only' | 'if-empty' | 'always'): Promise<void> {
  return withMigrationLock(env.DATABASE_URL, () =>
    withScriptPayload(async (payload) => {
      payload.logger.info('Migration lock held: applying committed migrations.')
      await applyMigrations(payload)
      if (mode === 'migrate-only') return
      const { totalDocs } = await payload.count({ collection: 'locations' })
      if (mode === 'always' || totalDocs === 0) await seed(payload)
    }),
  )
}
