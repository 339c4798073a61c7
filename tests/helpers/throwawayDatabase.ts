import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres, type RunningDatabase } from '@/scripts/embedded-postgres'

/** A fresh PostgreSQL cluster in a temp dir, removed again on stop. */
export async function startThrowawayDatabase(): Promise<RunningDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-test-'))
  // mkdtemp makes the dir private; as root, PostgreSQL runs as its own OS user and must reach it.
  await chmod(dir, 0o755)
  // pg_stat_statements counts every statement the servers under test run: tests prove with it that a
  // request made no query at all (tests/e2e/findability.spec.ts), which no timing could show.
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), undefined, undefined, ['-c', 'shared_preload_libraries=pg_stat_statements'])
  return {
    url: database.url,
    stop: async () => {
      await database.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
