import { randomBytes } from 'node:crypto'
import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { freePort, startEmbeddedPostgres, type RunningDatabase } from '@/scripts/embedded-postgres'
import { SCRIPT_RUNNER } from '../helpers/scripts'
import { testEnv } from '../helpers/testEnv'
import { request, waitFor } from './http'
import { S3_CREDENTIALS, startCaddy, startProcess, startRedis, startS3, type Service } from './services'

export const BUCKET = 'media'
export const RESTORE_BUCKET = 'media-restored'

type InstanceName = 'a' | 'b'

/**
 * The production shape on loopback: PostgreSQL, Redis, an S3-compatible store, two instances of one
 * build and Caddy in front. `createCluster` starts only PostgreSQL (the build needs it); `start` the
 * rest. `stop` ends whatever is running, also after a failed start.
 */
export async function createCluster(dir: string) {
  const ports = {
    postgres: await freePort(),
    redis: await freePort(),
    s3: await freePort(),
    a: await freePort(),
    b: await freePort(),
    http: await freePort(),
    https: await freePort(),
  }
  let database: RunningDatabase | undefined = await startEmbeddedPostgres(path.join(dir, 'pg'), 'doenenlaten', ports.postgres)
  const databaseUrl = database.url
  const env: Record<string, string> = {
    ...testEnv(databaseUrl, `https://localhost:${ports.https}`),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    TRUSTED_PROXY_HOPS: '1',
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
    S3_FORCE_PATH_STYLE: 'true',
    ...S3_CREDENTIALS,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DEPLOYMENT_ID: 'ops-suite',
  }
  const instances = { a: `http://127.0.0.1:${ports.a}`, b: `http://127.0.0.1:${ports.b}` }
  const services: Service[] = []
  const running: Partial<Record<InstanceName, Service>> = {}
  let ca = ''

  const startInstance = async (name: InstanceName) => {
    const [command, ...runner] = SCRIPT_RUNNER
    const instance = startProcess(`instance ${name}`, command, [...runner, 'start'], {
      ...env,
      PORT: String(ports[name]),
      // Scheduled jobs in exactly one process.
      RUN_JOBS: name === 'a' ? 'true' : 'false',
    })
    running[name] = instance
    await waitFor(async () => (await request(`${instances[name]}/api/health`)).status === 200, 120_000, `instance ${name}`).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${instance.output()}`)
      },
    )
  }

  return {
    env,
    databaseUrl,
    ports,
    instances,
    proxy: `https://localhost:${ports.https}`,
    get ca() {
      return ca
    },
    start: async () => {
      services.push(await startRedis(ports.redis))
      services.push(await startS3(ports.s3, path.join(dir, 's3'), [BUCKET, RESTORE_BUCKET]))
      // One after the other, as a rolling start does (starting together is the migrate test's job).
      await startInstance('a')
      await startInstance('b')
      // What deploy/release.sh gathers for Caddy: here the one build's static files.
      const staticDir = path.join(dir, 'static')
      await mkdir(path.join(staticDir, '_next'), { recursive: true })
      await symlink(path.resolve('.next/static'), path.join(staticDir, '_next', 'static'))
      const proxy = await startCaddy(path.join(dir, 'caddy'), ports, [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`], staticDir)
      services.push(proxy.caddy)
      ca = proxy.ca
    },
    startInstance,
    /** One instance's recent output (the last 20,000 characters). */
    instanceOutput: (name: InstanceName) => running[name]?.output() ?? '',
    /** The instances' recent output, for failure messages. */
    logs: () => Object.values(running).map((service) => `--- ${service?.name}\n${service?.output().slice(-6_000)}`).join('\n'),
    killInstance: async (name: InstanceName) => {
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

export type Cluster = Awaited<ReturnType<typeof createCluster>>
