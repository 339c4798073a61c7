import { getPayload, type Migration, type Payload } from 'payload'
import { closePayload } from '@/lib/close-payload'
import { migrations } from '@/migrations'

/** Names of the committed migrations, oldest first. */
export const MIGRATION_NAMES = migrations.map((migration) => migration.name)

/**
 * Apply committed migrations (never a schema push): all of them, or only those named (a restore first
 * rebuilds the schema its backup was made with). Already applied ones are skipped.
 */
export async function applyMigrations(payload: Payload, names: readonly string[] = MIGRATION_NAMES): Promise<void> {
  const selected = migrations.filter((migration) => names.includes(migration.name))
  // Passed explicitly (not read from disk) so this works under any TS loader, vitest included.
  // Payload types a migration's args as `unknown`; the generated files take the adapter's args.
  await payload.db.migrate({ migrations: selected as unknown as Migration[] })
}

/**
 * Run `work` with a Payload instance for a script, then close its connections. Once per process:
 * Payload caches the instance, and a closed one cannot be opened again.
 */
export async function withScriptPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}
