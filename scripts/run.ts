/**
 * `npm run dev|build|start|seed|migrate|migrate:create|backup|restore`: start the embedded PostgreSQL when
 * DATABASE_URL is unset, migrate (and seed a fresh database), then hand over to Next.js or Payload's CLI.
 * For dev, build and start the database is prepared by a short-lived child process (`prepare-database`),
 * so this process never loads Payload and stays small beside the server it starts.
 */
import '@/lib/require-supported-node.mjs'
import path from 'node:path'
import { localSecret } from './local-secret'
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres'
import { buildNext, runBin, runStep, serveNext } from './next-process'

const DATA_DIR = path.resolve('.data')
const commands = ['dev', 'build', 'start', 'seed', 'migrate', 'prepare-database', 'migrate:create', 'backup', 'restore'] as const
type Command = (typeof commands)[number]

const command = process.argv[2] as Command
const extraArgs = process.argv.slice(3)
if (!commands.includes(command)) {
  console.error(`Usage: npm run <${commands.join('|')}>`)
  process.exit(2)
}

let database: RunningDatabase | undefined

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

  switch (command) {
    case 'migrate:create':
      return runBin('payload', ['migrate:create', ...extraArgs])
    case 'backup':
      return (await import('./backup')).backup()
    case 'restore':
      return (await import('./restore')).restore(extraArgs)
    case 'migrate':
    case 'seed':
    case 'prepare-database': {
      console.log(`Preparing the database for this ${command} (migrations under a lock, seed when empty)…`)
      const { prepareDatabase } = await import('./prepare-database')
      await prepareDatabase(command === 'migrate' ? 'migrate-only' : command === 'seed' ? 'always' : 'if-empty')
      return 0
    }
  }
  const prepared = await runStep('prepare-database')
  if (prepared !== 0) return prepared
  if (command === 'build') return buildNext(extraArgs)
  if (command === 'dev') {
    process.env.INTERNAL_URL ??= `http://127.0.0.1:${process.env.PORT || 3000}`
    return runBin('next', ['dev', ...extraArgs])
  }
  // Production runs Next.js behind our own server, which decides the client address (scripts/serve.mjs).
  return serveNext()
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    return 1
  })
  .then(async (code) => {
    await database?.stop()
    process.exit(code)
  })
