import { withDatabaseClient } from './database-client'

/** Any fixed 64-bit number; every process that migrates this database uses the same one. */
const MIGRATION_LOCK_ID = 4_711_2017

/**
 * Run `work` while holding a PostgreSQL advisory lock, so instances starting at the same moment
 * migrate and seed one after another: the first does the work, the others then find nothing to do.
 * The lock belongs to its own connection and is released when that connection ends, even on a crash.
 */
export function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  return withDatabaseClient(databaseUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
    return work()
  })
}
