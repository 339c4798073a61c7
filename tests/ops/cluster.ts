import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { freePort, startEmbeddedPostgres, type RunningDatabase } from '@/scripts/embedded-postgres'
import { testEnv } from '../helpers/testEnv'
import { request, waitFor } from './http'
import { S3_CREDENTIALS, startCaddy, startProcess, startRedis, startS3, type Service } from './services'

/**
 * The production shape on loopback: PostgreSQL, Redis, an S3-compatible store, two instances of one
 * build and Caddy in front. Every process is started here and stopped by `stop()`.
 */
export type Cluster = {
  env: Record<string, string>
  databaseUrl: string
  proxy: string
  ca: string
  instances: { a: string; b: string }
  ports: { s3: number; http: number }
  startInstance: (name: 'a' | 'b') => Promise<void>
  killInstance: (name: 'a' | 'b') => Promise<void>
  stopDatabase: () => Promise<void>
  startDatabase: () => Promise<void>
  stop: () => Promise<void>
}

export const BUCKET = 'media'
export const RESTORE_BUCKET = 'media-restored'

export async function clusterEnvironment(dir: string) {
  const ports = {
    postgres: await freePort(),
    redis: await freePort(),
    s3: await freePort(),
    a: await freePort(),
    b: await freePort(),
    http: await freePort(),
    https: await freePort(),
  }
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), 'doenenlaten', ports.postgres)
  const env: Record<string, string> = {
    ...testEnv(database.url, `https://localhost:${ports.https}`),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    TSX_DISABLE_CACHE: '1',
    TRUST_PROXY: 'true',
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
    S3_FORCE_PATH_STYLE: 'true',
    ...S3_CREDENTIALS,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DEPLOYMENT_ID: 'ops-suite',
  }
  return { ports, database, env }
}

/** Start everything but the build: Redis, S3, both instances (RUN_JOBS on one), Caddy. */
export async function startCluster(dir: string, prepared: Awaited<ReturnType<typeof clusterEnvironment>>): Promise<Cluster> {
  const { ports, env } = prepared
  let database: RunningDatabase | undefined = prepared.database
  const services: Service[] = []
  services.push(await startRedis(ports.redis))
  services.push(await startS3(ports.s3, path.join(dir, 's3'), [BUCKET, RESTORE_BUCKET]))

  const instances = { a: `http://127.0.0.1:${ports.a}`, b: `http://127.0.0.1:${ports.b}` }
  const running: Partial<Record<'a' | 'b', Service>> = {}
  const startInstance = async (name: 'a' | 'b') => {
    const port = String(ports[name])
    running[name] = startProcess(`instance ${name}`, process.execPath, ['--import', 'tsx', 'scripts/run.ts', 'start'], {
      ...env,
      PORT: port,
      RUN_JOBS: name === 'a' ? 'true' : 'false',
    })
    await waitFor(async () => (await request(`${instances[name]}/api/health`)).status === 200, 120_000, `instance ${name}`).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${running[name]?.output()}`)
      },
    )
  }
  await Promise.all([startInstance('a'), startInstance('b')])

  const { caddy, ca } = await startCaddy(path.join(dir, 'caddy'), ports, [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`])
  services.push(caddy)

  return {
    env,
    databaseUrl: prepared.database.url,
    proxy: `https://localhost:${ports.https}`,
    ca,
    instances,
    ports,
    startInstance,
    killInstance: async (name) => {
      await running[name]?.stop('SIGKILL')
    },
    stopDatabase: async () => {
      await database?.stop()
      database = undefined
    },
    startDatabase: async () => {
      database = await startEmbeddedPostgres(path.join(dir, 'pg'), 'doenenlaten', ports.postgres)
    },
    stop: async () => {
      for (const service of [...Object.values(running), ...services].reverse()) await service?.stop()
      await database?.stop()
    },
  }
}
