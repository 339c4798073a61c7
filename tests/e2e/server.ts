/**
 * The e2e web server: a throwaway PostgreSQL, migrated and seeded like a first start, then the
 * production build (`next build`, `next start`) against it. Stops everything on SIGTERM.
 */
import { buildNext, runBin } from '@/scripts/next-process'
import { prepareDatabase } from '@/scripts/prepare-database'
import { testEnv } from '../helpers/testEnv'
import { startThrowawayDatabase } from '../helpers/throwawayDatabase'

const port = process.argv[2] ?? '3210'
const database = await startThrowawayDatabase()
Object.assign(process.env, testEnv(database.url, `http://localhost:${port}`), {
  PORT: port,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  // Tests send their own X-Forwarded-For to act as different visitors for the sign-up rate limit.
  TRUST_PROXY: 'true',
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
  await shutdown(built === 0 ? await runBin('next', ['start']) : built)
} catch (error) {
  console.error(error)
  await shutdown(1)
}
