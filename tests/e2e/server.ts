/**
 * The e2e web server: a throwaway PostgreSQL, migrated and seeded like a first start, then the
 * production build (`next build`, scripts/serve.mjs) against it, twice: see below. Stops everything on SIGTERM.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildNext, serveNext } from '@/scripts/next-process'
import { prepareDatabase } from '@/scripts/prepare-database'
import { E2E_DATABASE_URL_FILE, testEnv } from '../helpers/testEnv'
import { startThrowawayDatabase } from '../helpers/throwawayDatabase'

const port = process.argv[2] ?? '3210'
const database = await startThrowawayDatabase()
mkdirSync(path.dirname(E2E_DATABASE_URL_FILE), { recursive: true })
writeFileSync(E2E_DATABASE_URL_FILE, database.url)
Object.assign(process.env, testEnv(database.url, `http://localhost:${port}`), {
  PORT: port,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  // As behind one proxy: tests send their own X-Forwarded-For to act as different visitors.
  TRUSTED_PROXY_HOPS: '1',
})

let stopping = false
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    await database.stop()
  }
  process.exit(code)
}
// runBin forwards these signals to Next.js first; then the database goes.
process.on('SIGTERM', () => setTimeout(() => void shutdown(0), 500))
process.on('SIGINT', () => setTimeout(() => void shutdown(0), 500))

try {
  await prepareDatabase('if-empty')
  const built = await buildNext()
  if (built !== 0) await shutdown(built)
  // The same build and database with the default setting (no proxy trusted) on the next port, for the
  // tests that spoof X-Forwarded-For (tests/e2e/helpers.ts, directServer).
  // Jobs run in one process only, as in production (README, RUN_JOBS).
  void serveNext({ ...process.env, PORT: String(Number(port) + 1), TRUSTED_PROXY_HOPS: '0', RUN_JOBS: 'false' })
  await shutdown(await serveNext())
} catch (error) {
  console.error(error)
  await shutdown(1)
}
