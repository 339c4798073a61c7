/**
 * `npm run dev|build|start|seed|migrate|migrate:create|backup|restore`: start the embedded PostgreSQL when
 * DATABASE_URL is unset, migrate (and seed a fresh database), then hand over to Next.js or Payload's CLI.
 * Backup and restore only need the database running: see scripts/backup.ts and scripts/restore.ts.
 */
import path from 'node:path'
import { localSecret } from './local-secret'
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres'
import { LOAD_TIMEOUT_EXIT, LoadTimeout, withinLoadTime } from '@/lib/load-time'
import { buildNext, runBin, serveNext } from './next-process'

const DATA_DIR = path.resolve('.data')
const commands = ['dev', 'build', 'start', 'seed', 'migrate', 'migrate:create', 'backup', 'restore'] as const
type Command = (typeof commands)[number]

// As the command was started: a second attempt (see below) must choose its own database and secret again.
const startEnv = { ...process.env }
const command = process.argv[2] as Command
const extraArgs = process.argv.slice(3)
if (!commands.includes(command)) {
  console.error(`Usage: npm run <${commands.join('|')}>`)
  process.exit(2)
}

let database: RunningDatabase | undefined

async function stopDatabase(): Promise<void> {
  const running = database
  database = undefined
  await running?.stop()
}

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    database = await startEmbeddedPostgres(path.join(DATA_DIR, 'postgres'))
    process.env.DATABASE_URL = database.url
    console.log(`Embedded PostgreSQL running for this ${command} (data in .data/postgres).`)
  }
  // Local runs (embedded database or dev) get a generated secret; production must set its own.
  if (!process.env.PAYLOAD_SECRET && (database || command === 'dev')) {
    process.env.PAYLOAD_SECRET = localSecret(DATA_DIR)
  }
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  if (command === 'build' || command === 'start') Object.assign(process.env, { NODE_ENV: 'production' })

  if (command === 'migrate:create') return runBin('payload', ['migrate:create', ...extraArgs])
  if (command === 'backup') return (await withinLoadTime(import('./backup'))).backup()
  if (command === 'restore') return (await withinLoadTime(import('./restore'))).restore(extraArgs)

  console.log(`Preparing the database for this ${command} (migrations under a lock, seed when empty)…`)
  const { prepareDatabase } = await withinLoadTime(import('./prepare-database'))
  await prepareDatabase(command === 'migrate' ? 'migrate-only' : command === 'seed' ? 'always' : 'if-empty')
  if (command === 'migrate' || command === 'seed') return 0
  if (command === 'build') return buildNext(extraArgs)
  if (command === 'dev') process.env.INTERNAL_URL ??= `http://127.0.0.1:${process.env.PORT || 3000}`
  // Production runs Next.js behind our own server, which decides the client address (scripts/serve.mjs).
  return command === 'start' ? serveNext() : runBin('next', ['dev', ...extraArgs])
}

/** The whole command once more, in a fresh process, after a load that never settled (lib/load-time.ts). */
async function runAgain(): Promise<number> {
  await stopDatabase()
  const args = ['--config', 'scripts/vite.config.ts', 'scripts/run.ts', command, ...extraArgs]
  return runBin('vite-node', args, { ...startEnv, LOAD_RETRY: '1' })
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    if (!(error instanceof LoadTimeout)) return 1
    if (process.env.LOAD_RETRY) return LOAD_TIMEOUT_EXIT
    console.error(`Starting "${command}" once more.`)
    return runAgain()
  })
  .then(async (code) => {
    await stopDatabase()
    process.exit(code)
  })
