/**
 * The fault suite: two instances of one build behind Caddy (TLS from its internal CA), sharing
 * PostgreSQL, Redis and an S3-compatible store, all on loopback and all stopped at the end.
 */
import { ListObjectsV2Command, GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATION_NAMES } from '@/lib/migrate'
import { FLUSH_INTERVAL_MS } from '@/lib/stats/buffer.mjs'
import { startEmbeddedPostgres } from '@/scripts/embedded-postgres'
import { runScript, type ScriptResult } from '../helpers/scripts'
import { databaseSnapshot, queryRows } from '../helpers/snapshot'
import { TEST_ADMIN } from '../helpers/testEnv'
import { BUCKET, createCluster, RESTORE_BUCKET, type Cluster } from './cluster'
import { closeAgents, multipart, request, requestLoop, waitFor } from './http'
import { signUpForm, submitSignUp } from './sign-up'

const CACHED_PAGES = ['/', '/locaties', '/cursussen', '/verhaal', '/partners']

let dir: string
let cluster: Cluster
let migrateRuns: ScriptResult[]
let token: string

const proxied = (pathname: string, options: Parameters<typeof request>[1] = {}) =>
  request(`${cluster.proxy}${pathname}`, { ...options, ca: cluster.ca })

/** Bounded load through the proxy over the cached pages (tests/ops/http.ts). */
const loadThroughProxy = (durationMs: number, during?: () => Promise<void>) => requestLoop(proxied, CACHED_PAGES, { durationMs, during })

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-ops-'))
  await chmod(dir, 0o755)
  cluster = await createCluster(dir)
  // Two instances starting at the same moment against an empty database.
  migrateRuns = await Promise.all([runScript(['migrate'], cluster.env), runScript(['migrate'], cluster.env)])
  // One build for both instances, made with the shared settings (REDIS_URL, the actions key).
  const build = await runScript(['build'], cluster.env)
  if (build.code !== 0) throw new Error(`npm run build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`)
  await cluster.start()
  const login = await request(`${cluster.instances.a}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  })
  token = JSON.parse(login.body).token
}, 600_000)

afterAll(async () => {
  closeAgents()
  await cluster?.stop()
  await rm(dir, { recursive: true, force: true })
}, 120_000)

describe('several instances behind a TLS proxy', () => {
  it('migrates once when two instances start together on an empty database', async () => {
    expect(migrateRuns.map((run) => run.code)).toEqual([0, 0])
    const rows = await queryRows<{ name: string; count: string }>(
      cluster.databaseUrl,
      'SELECT name, count(*) FROM payload_migrations GROUP BY name',
    )
    expect(rows.map((row) => row.name).sort()).toEqual([...MIGRATION_NAMES].sort())
    expect(rows.every((row) => row.count === '1')).toBe(true)
  })

  it('serves over TLS only, with HSTS and compression (Brotli from the instances, gzip where only that is accepted)', async () => {
    const plain = await request(`http://localhost:${cluster.ports.http}/locaties`)
    expect(plain.status).toBe(308)
    // Caddy 2.6 leaves the (test-only) port out of the redirect; in production both are the defaults.
    expect(plain.headers.location).toBe('https://localhost/locaties')
    const page = await proxied('/locaties', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(page.status).toBe(200)
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/)
    expect(page.headers['content-encoding']).toBe('gzip')
    // A browser asks for Brotli: the instance's Brotli (scripts/serve.mjs) passes through Caddy unchanged.
    const brotli = await proxied('/locaties', { headers: { 'Accept-Encoding': 'br, zstd, gzip' } })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.raw).toString()).toContain('<h1')
    expect((await proxied('/api/health')).status).toBe(200)
  })

  it('logs an anonymous refusal as one info line in the production build, not as an error', async () => {
    // Minified server code once renamed Payload's error classes, so its logging levels never matched.
    const before = cluster.instanceOutput('a').length
    expect((await request(`${cluster.instances.a}/api/registrations`)).status).toBe(403)
    await waitFor(async () => cluster.instanceOutput('a').length > before, 5_000, 'a log line for the refusal')
    const logged = cluster.instanceOutput('a').slice(before)
    expect(logged).toMatch(/INFO.*U mag deze actie niet uitvoeren/)
    expect(logged).not.toMatch(/ERROR|stack/)
  })

  it('shows an edit saved through one instance on the other, without waiting for a time-based refresh', async () => {
    const list = await request(`${cluster.instances.a}/api/locations?where[kind][equals]=huiskamer&limit=1&depth=0`)
    const location = JSON.parse(list.body).docs[0]
    const page = `${cluster.instances.b}/locaties/${location.slug}`
    expect((await request(page)).body).toContain(location.name)
    const summary = `Ops-test: koffie staat klaar (${Date.now()})`
    const saved = await request(`${cluster.instances.a}/api/locations/${location.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ summary, _status: 'published' }),
    })
    expect(saved.status).toBe(200)
    // Pages are otherwise cached for an hour; how quickly the edit arrives is for the benchmark.
    await waitFor(async () => (await request(page)).body.includes(summary), 10_000, 'the edit on instance b')
  })

  it('stores a sign-up rendered by one instance and posted to the other and through the proxy once', async () => {
    const form = await signUpForm(cluster.instances.a)
    const email = `ops-${Date.now()}@example.nl`
    const direct = await submitSignUp(form, cluster.instances.b, { email })
    expect(direct.status, direct.body.slice(0, 500)).toBe(303)
    expect(direct.headers.location).toContain('/aanmelden/bedankt')
    const again = await submitSignUp(form, cluster.proxy, { email }, cluster.ca)
    expect(again.status).toBe(303)
    const rows = await queryRows(cluster.databaseUrl, 'SELECT id FROM registrations WHERE email = $1', [email])
    expect(rows).toHaveLength(1)
  })

  it('serves uploads from shared storage on every instance', async () => {
    const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#093f3c' } }).png().toBuffer()
    const { body, contentType } = await multipart({
      file: new File([new Uint8Array(png)], 'ops-foto.png', { type: 'image/png' }),
      _payload: JSON.stringify({ alt: 'Testfoto van de fault suite' }),
    })
    const upload = await request(`${cluster.instances.a}/api/media`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Authorization: `JWT ${token}` },
      body,
    })
    expect(upload.status, upload.body).toBe(201)
    const { filename } = JSON.parse(upload.body).doc
    const fromB = await request(`${cluster.instances.b}/api/media/file/${filename}`)
    expect(fromB.status).toBe(200)
    expect(fromB.raw.equals(png)).toBe(true)
    const s3 = s3Client()
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    expect(listed.Contents?.map((object) => object.Key)).toContain(filename)
  })

  it('shows a photo from the bucket on a public page through the proxy', async () => {
    const jpeg = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#2f6f5e' } }).jpeg().toBuffer()
    const { body, contentType } = await multipart({
      file: new File([new Uint8Array(jpeg)], 'ops-huiskamer.jpg', { type: 'image/jpeg' }),
      _payload: JSON.stringify({ alt: 'Huiskamer in de fault suite' }),
    })
    const headers = { Authorization: `JWT ${token}` }
    const upload = await request(`${cluster.instances.a}/api/media`, { method: 'POST', headers: { ...headers, 'Content-Type': contentType }, body })
    expect(upload.status, upload.body).toBe(201)
    const media = JSON.parse(upload.body).doc
    const location = JSON.parse((await request(`${cluster.instances.a}/api/locations?where[kind][equals]=huiskamer&limit=1&depth=0`)).body).docs[0]
    const saved = await request(`${cluster.instances.a}/api/locations/${location.id}`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ photo: media.id, _status: 'published' }),
    })
    expect(saved.status, saved.body).toBe(200)
    const page = await proxied(`/locaties/${location.slug}`)
    const img = /<img[^>]*alt="Huiskamer in de fault suite"[^>]*>/.exec(page.body)?.[0] ?? ''
    const sources = (/srcset="([^"]+)"/i.exec(img)?.[1] ?? '').split(', ').map((candidate) => candidate.split(' ')[0])
    expect(sources.length, img).toBe(2)
    for (const source of sources) {
      const file = await proxied(source)
      expect(file.status, source).toBe(200)
      expect(file.headers['content-type']).toMatch(/^image\//)
    }
  })

  it('loses no request through the proxy when an instance is killed under load', async () => {
    const load = await loadThroughProxy(6_000, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      await cluster.killInstance('b')
    })
    expect(load.total).toBeGreaterThan(50)
    expect(load.failed).toEqual([])
    await cluster.startInstance('b')
  }, 180_000)

  it('keeps cached pages serving while PostgreSQL restarts, refuses sign-ups clearly, and recovers', async () => {
    for (const page of CACHED_PAGES) await proxied(page)
    const form = await signUpForm(cluster.instances.a)
    const email = `storing-${Date.now()}@example.nl`
    await cluster.stopDatabase()
    try {
      expect((await request(`${cluster.instances.a}/api/health`)).status).toBe(503)
      const load = await loadThroughProxy(4_000)
      // Every cached page was asked for (how many answers fit in 4 s depends on the machine and on when
      // Caddy's health checks notice the database: see the stop note on the latency then).
      expect(load.total).toBeGreaterThanOrEqual(CACHED_PAGES.length)
      expect(load.failed, cluster.logs()).toEqual([])
      const refused = await submitSignUp(form, cluster.proxy, { email, name: 'Storing Test' }, cluster.ca)
      expect(refused.status).toBe(200)
      expect(refused.body).toContain('probeer het zo opnieuw')
      // What the person typed is still in the form.
      expect(refused.body).toContain('value="Storing Test"')
      // A page that needs the database shows the Dutch error page, not the framework's English one.
      const errorPage = await browserText(`${cluster.proxy}/locaties/bestaat-niet-${Date.now()}`)
      expect(errorPage).toContain('Er ging iets mis')
      expect(errorPage).toContain('0800-0113')
    } finally {
      await cluster.startDatabase()
    }
    for (const instance of [cluster.instances.a, cluster.instances.b]) {
      await waitFor(async () => (await request(`${instance}/api/health`)).status === 200, 30_000, `${instance} to recover`)
    }
    expect(await queryRows(cluster.databaseUrl, 'SELECT id FROM registrations WHERE email = $1', [email])).toHaveLength(0)
    const retry = await submitSignUp(await signUpForm(cluster.instances.b), cluster.proxy, { email }, cluster.ca)
    expect(retry.status).toBe(303)
    expect(await queryRows(cluster.databaseUrl, 'SELECT id FROM registrations WHERE email = $1', [email])).toHaveLength(1)
  }, 180_000)

  it('restores a backup into an empty database and bucket with identical content', async () => {
    // The instances write reach counts (the sign-ups above) every few seconds: let the last write land
    // before the backup, so the live database does not change between backup and comparison.
    await new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS + 1_000))
    const backup = await runScript(['backup'], { ...cluster.env, BACKUP_DIR: path.join(dir, 'backups') })
    expect(backup.code, backup.stderr).toBe(0)
    const archive = backup.stdout.trim().split('\n').at(-1) ?? ''
    const empty = await startEmbeddedPostgres(path.join(dir, 'pg-restored'))
    try {
      const restored = await runScript(['restore', archive], { ...cluster.env, DATABASE_URL: empty.url, S3_BUCKET: RESTORE_BUCKET })
      expect(restored.code, restored.stderr).toBe(0)
      expect(await databaseSnapshot(empty.url)).toEqual(await databaseSnapshot(cluster.databaseUrl))
      expect(await bucketContents(RESTORE_BUCKET)).toEqual(await bucketContents(BUCKET))
    } finally {
      await empty.stop()
    }
  }, 180_000)
})

/** What a person sees on a page in Chromium (error boundaries render in the browser). */
async function browserText(url: string): Promise<string> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate))
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  try {
    // Certificate checks are covered by the TLS test; this one is about the page.
    const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage()
    await page.goto(url)
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 })
    return await page.locator('body').innerText()
  } finally {
    await browser.close()
  }
}

function s3Client(): S3Client {
  return new S3Client({
    endpoint: cluster.env.S3_ENDPOINT,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: cluster.env.S3_ACCESS_KEY_ID, secretAccessKey: cluster.env.S3_SECRET_ACCESS_KEY },
  })
}

/** Every object of a bucket, key → bytes as base64. */
async function bucketContents(bucket: string): Promise<Record<string, string>> {
  const s3 = s3Client()
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket }))
  const entries = await Promise.all(
    Contents.map(async ({ Key = '' }) => {
      const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }))
      return [Key, Buffer.from((await Body?.transformToByteArray()) ?? []).toString('base64')] as const
    }),
  )
  return Object.fromEntries(entries)
}
