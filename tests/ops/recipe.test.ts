/**
 * The deploy recipe itself (README, "Deploying on one server"), as a volunteer follows it: code owned by
 * root and read-only to the service user, deploy/release.sh building each release beside the running
 * one, the systemd units' own lines run by tests/ops/systemd-unit.ts, two instances behind Caddy with
 * Redis, local uploads in the state folder, an update under a request loop, a backup and a restore.
 * Needs root (to run the instances as another user), as on CI.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDatabaseClient } from '@/lib/database-client'
import { freePort, startEmbeddedPostgres, type RunningDatabase } from '@/scripts/embedded-postgres'
import { databaseSnapshot } from '../helpers/snapshot'
import { TEST_ADMIN } from '../helpers/testEnv'
import { closeAgents, multipart, request, requestLoop, type Reply } from './http'
import { startCaddy, startRedis, type Service } from './services'
import { logFileOf, runOneshot, SERVICE_USER, stopUnit } from './systemd-unit'

const run = promisify(execFile)
const isRoot = process.getuid?.() === 0
const PAGES = ['/', '/locaties', '/cursussen', '/verhaal', '/partners']

let root: string
let database: RunningDatabase
const services: Service[] = []
let ports: { postgres: number; redis: number; a: number; b: number; http: number; https: number }
let ca = ''
let token = ''
/** The site's database role's password (README, step 2). */
let password = ''
const databaseUrl = (name: string) => `postgres://doenenlaten:${password}@127.0.0.1:${ports.postgres}/${name}`
const proxied = (pathname: string, options: Parameters<typeof request>[1] = {}) => request(`https://localhost:${ports.https}${pathname}`, { ...options, ca })
const appDir = () => path.join(root, 'opt/doenenlaten')

/** deploy/release.sh as the README runs it (as root), its systemctl played by tests/ops/systemctl.ts. */
async function release(): Promise<string> {
  const { stdout } = await run('bash', ['deploy/release.sh'], {
    env: {
      ...process.env,
      APP_DIR: appDir(),
      ENV_FILE: path.join(root, 'etc/doenenlaten/env'),
      INSTANCES: `${ports.a} ${ports.b}`,
      SYSTEMCTL: `${process.execPath} --import tsx ${path.resolve('tests/ops/systemctl.ts')}`,
      RECIPE_ROOT: root,
    },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`release.sh failed: ${error.message}\n${error.stdout?.slice(-3000)}\n${error.stderr?.slice(-3000)}\n${instanceLogs()}`)
  })
  return /release: done: (\S+) is live/.exec(stdout)?.[1] ?? ''
}

function instanceLogs(): string {
  return [ports.a, ports.b].map((port) => `--- ${port}\n${readFileSync(logFileOf(root, `doenenlaten@${port}`), 'utf8').slice(-3000)}`).join('\n')
}

/** The README's step 2: a database owned by the site's own role (PostgreSQL 15+: the public schema is the owner's). */
async function createDatabase(name: string): Promise<void> {
  await withDatabaseClient(database.url, async (client) => {
    await client.query(`DO $$ BEGIN CREATE ROLE doenenlaten LOGIN PASSWORD '${password}'; EXCEPTION WHEN duplicate_object THEN NULL; END $$`)
    await client.query(`CREATE DATABASE ${name} OWNER doenenlaten`)
  })
}

beforeAll(async () => {
  if (!isRoot) return
  root = await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-recipe-'))
  await chmod(root, 0o755)
  ports = { postgres: await freePort(), redis: await freePort(), a: await freePort(), b: await freePort(), http: await freePort(), https: await freePort() }
  database = await startEmbeddedPostgres(path.join(root, 'pg'), 'postgres', ports.postgres)
  password = randomBytes(16).toString('hex')
  await createDatabase('doenenlaten')
  services.push(await startRedis(ports.redis))

  // The README's step 3: one settings file, readable by the service's group only.
  const etc = path.join(root, 'etc/doenenlaten')
  await mkdir(etc, { recursive: true })
  const settings = {
    DATABASE_URL: databaseUrl('doenenlaten'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    SITE_URL: `https://localhost:${ports.https}`,
    TRUSTED_PROXY_HOPS: '1',
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    RUN_JOBS: 'false',
    MEDIA_DIR: path.join(root, 'var/lib/doenenlaten/media'),
    BACKUP_DIR: path.join(root, 'var/backups/doenenlaten'),
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
  }
  await writeFile(path.join(etc, 'env'), Object.entries(settings).map(([key, value]) => `${key}=${value}\n`).join(''), { mode: 0o640 })
  await chown(path.join(etc, 'env'), 0, SERVICE_USER.gid)
  await writeFile(path.join(etc, `${ports.a}.env`), 'RUN_JOBS=true\n', { mode: 0o640 })
  await chown(path.join(etc, `${ports.a}.env`), 0, SERVICE_USER.gid)

  await release()
  const proxy = await startCaddy(path.join(root, 'caddy'), ports, [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`], path.join(appDir(), 'static'))
  services.push(proxy.caddy)
  ca = proxy.ca
  const login = await proxied('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })
  token = JSON.parse(login.body).token
}, 900_000)

afterAll(async () => {
  if (!isRoot) return
  closeAgents()
  for (const port of [ports.a, ports.b]) await stopUnit(root, String(port))
  for (const service of services.reverse()) await service.stop()
  await database?.stop()
  await rm(root, { recursive: true, force: true })
}, 120_000)

describe.skipIf(!isRoot)('the deploy recipe, followed as written', () => {
  it('runs the code read-only: owned by root, the instances as the service user, listening on loopback only', async () => {
    const current = path.join(appDir(), 'current')
    expect(statSync(current).uid).toBe(0)
    expect(statSync(current).mode & 0o022).toBe(0)
    for (const port of [ports.a, ports.b]) {
      const pid = Number(readFileSync(path.join(root, `run/doenenlaten@${port}.pid`), 'utf8'))
      expect(statSync(`/proc/${pid}`).uid).toBe(SERVICE_USER.uid)
      // LISTEN sockets on the port: local address 127.0.0.1 (0100007F) only.
      const listening = readFileSync('/proc/net/tcp', 'utf8')
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${port.toString(16).toUpperCase().padStart(4, '0')}`))
      expect(listening.map((fields) => fields[1].split(':')[0])).toEqual(['0100007F'])
    }
    // Nothing was written inside the release while it ran (no tool cache, no uploads, no image cache).
    const written = readdirSync(current, { recursive: true, withFileTypes: true }).filter((entry) => statSync(path.join(entry.parentPath, entry.name)).uid !== 0)
    expect(written.map((entry) => entry.name)).toEqual([])
  })

  it('shows an uploaded photo on a huiskamer page, in the sizes the browser picks from', async () => {
    const jpeg = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#2f6f5e' } }).jpeg().toBuffer()
    const { body, contentType } = await multipart({
      file: new File([new Uint8Array(jpeg)], 'huiskamer.jpg', { type: 'image/jpeg' }),
      _payload: JSON.stringify({ alt: 'De huiskamer met de grote tafel' }),
    })
    const headers = { Authorization: `JWT ${token}` }
    const upload = await proxied('/api/media', { method: 'POST', headers: { ...headers, 'Content-Type': contentType }, body })
    expect(upload.status, upload.body).toBe(201)
    const media = JSON.parse(upload.body).doc
    const list = JSON.parse((await proxied('/api/locations?where[kind][equals]=huiskamer&limit=1&depth=0')).body)
    const location = list.docs[0]
    const saved = await proxied(`/api/locations/${location.id}`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ photo: media.id, _status: 'published' }),
    })
    expect(saved.status, saved.body).toBe(200)
    // Stored in the state folder, private to the service user.
    const stored = await stat(path.join(root, 'var/lib/doenenlaten/media', media.filename))
    expect(stored.uid).toBe(SERVICE_USER.uid)
    expect(stored.mode & 0o077).toBe(0)

    const page = await proxied(`/locaties/${location.slug}`)
    const img = /<img[^>]*alt="De huiskamer met de grote tafel"[^>]*>/.exec(page.body)?.[0] ?? ''
    const sources = (/srcset="([^"]+)"/i.exec(img)?.[1] ?? '').split(', ').map((candidate) => candidate.split(' ')[0])
    expect(sources.length, img).toBe(2)
    for (const source of sources) {
      const file = await proxied(source)
      expect(file.status, source).toBe(200)
      expect(file.headers['content-type']).toMatch(/^image\/(webp|jpeg)/)
      expect((await sharp(file.raw).metadata()).width).toBeGreaterThan(0)
    }
  })

  let firstPage: Reply
  it('updates to a new release under a request loop: no failed request, and the new release served', async () => {
    firstPage = await proxied('/')
    const before = JSON.parse((await request(`http://127.0.0.1:${ports.a}/api/health`)).body).release
    let released = ''
    const load = await requestLoop(proxied, PAGES, { durationMs: 2_000, pauseMs: 20, maxRequests: 50_000, during: async () => void (released = await release()) })
    expect(load.failed).toEqual([])
    expect(load.total).toBeGreaterThan(500)
    expect(released).not.toBe(before)
    for (const port of [ports.a, ports.b]) {
      expect(JSON.parse((await request(`http://127.0.0.1:${port}/api/health`)).body).release).toBe(released)
    }
    // Pages come from the new build (its assets carry the new release's id), not from the old one's cache.
    for (const page of PAGES) expect((await proxied(page)).body).toContain(`dpl=${released}`)
  }, 900_000)

  it("keeps the previous release's scripts and styles for pages still open in a browser", async () => {
    const assets = [...firstPage.body.matchAll(/(\/_next\/static\/[^"?]+)/g)].map((match) => match[1])
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of new Set(assets)) expect((await proxied(asset)).status, asset).toBe(200)
  })

  it('writes a private nightly backup that restores into a second database with its photo', async () => {
    await runOneshot(root, 'doenenlaten-backup.service')
    const backups = path.join(root, 'var/backups/doenenlaten')
    expect((await stat(backups)).mode & 0o777).toBe(0o700)
    const archives = await readdir(backups)
    expect(archives).toHaveLength(1)
    const archive = path.join(backups, archives[0])
    expect((await stat(archive)).mode & 0o777).toBe(0o600)
    expect((await stat(archive)).uid).toBe(SERVICE_USER.uid)

    await createDatabase('doenenlaten_restore')
    const restoredMedia = path.join(root, 'var/lib/doenenlaten/restored-media')
    await mkdir(restoredMedia, { mode: 0o700 })
    await chown(restoredMedia, SERVICE_USER.uid, SERVICE_USER.gid)
    const restoreEnv = { ...process.env, APP_DIR: appDir(), ENV_FILE: path.join(root, 'etc/doenenlaten/env'), SERVICE_USER: SERVICE_USER.name, NODE: process.execPath }
    // The live media folder is refused: a restore into a second database must not write the live uploads.
    const refused = await run('deploy/as-service.sh', ['restore', archive], { env: { ...restoreEnv, DATABASE_URL: databaseUrl('doenenlaten_restore') } }).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect('code' in refused && refused.code).toBe(1)
    const { stdout } = await run('deploy/as-service.sh', ['restore', archive], {
      env: { ...restoreEnv, DATABASE_URL: databaseUrl('doenenlaten_restore'), MEDIA_DIR: restoredMedia },
    })
    expect(stdout).toMatch(/Restored \d+ rows and [1-9]\d* files/)
    expect(await databaseSnapshot(databaseUrl('doenenlaten_restore'))).toEqual(await databaseSnapshot(databaseUrl('doenenlaten')))
    expect((await readdir(restoredMedia)).length).toBeGreaterThan(0)
  }, 300_000)
})
