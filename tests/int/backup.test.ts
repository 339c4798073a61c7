import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { localMediaDir } from '@/lib/media-storage'
import { getPayloadClient } from '@/lib/payload'
import type { RunningDatabase } from '@/scripts/embedded-postgres'
import { runScript } from '../helpers/scripts'
import { databaseSnapshot, queryRows } from '../helpers/snapshot'
import { testEnv } from '../helpers/testEnv'
import { startThrowawayDatabase } from '../helpers/throwawayDatabase'

let target: RunningDatabase
let backupDir: string
let restoredMediaDir: string
let archive: string
let uploadedFile: string
let uploadedBytes: Buffer

beforeAll(async () => {
  target = await startThrowawayDatabase()
  backupDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-backups-')), 'archives')
  restoredMediaDir = await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-restored-media-'))
  const payload = await getPayloadClient()
  // Content a restore must bring back beyond the seed: a sign-up, an edit (a new version), an upload.
  const course = (await payload.find({ collection: 'courses', limit: 1, depth: 0 })).docs[0]
  await payload.create({
    collection: 'registrations',
    overrideAccess: true,
    data: { course: course.id, name: 'Back Up', email: 'backup@example.nl', consent: true, status: 'new', idempotencyKey: 'int-backup' },
  })
  const location = (await payload.find({ collection: 'locations', limit: 1, depth: 0 })).docs[0]
  await payload.update({ collection: 'locations', id: location.id, data: { name: `${location.name} ` }, context: { skipRevalidation: true } })
  uploadedBytes = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#0e5a55' } }).png().toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Testfoto voor de back-up' },
    file: { data: uploadedBytes, mimetype: 'image/png', name: 'backup-test.png', size: uploadedBytes.length },
  })
  uploadedFile = path.join(localMediaDir(), media.filename ?? '')
})

afterAll(async () => {
  await target.stop()
  await rm(path.dirname(backupDir), { recursive: true, force: true })
  await rm(restoredMediaDir, { recursive: true, force: true })
})

/** The restore's settings: the second database, with a media folder of its own. */
const restoreEnv = () => ({ ...testEnv(target.url), MEDIA_DIR: restoredMediaDir })

// Each test runs one or two scripts, and each script loads Payload (seconds on a busy 2-core machine).
describe('npm run backup / npm run restore', { timeout: 120_000 }, () => {
  it('writes one archive and prints its path as the last line', async () => {
    const result = await runScript(['backup'], { ...testEnv(inject('databaseUrl')), BACKUP_DIR: backupDir })
    expect(result.code, result.stderr).toBe(0)
    archive = result.stdout.trim().split('\n').at(-1) ?? ''
    expect(archive).toMatch(/doenenlaten-\d{8}-\d{6}\.tar\.gz$/)
    expect(existsSync(archive)).toBe(true)
  })

  it('keeps the archive private: a folder only its owner enters, a file only its owner reads', async () => {
    expect((await stat(backupDir)).mode & 0o777).toBe(0o700)
    expect((await stat(archive)).mode & 0o777).toBe(0o600)
  })

  it('refuses media that already hold files (the live uploads, here) and then writes nothing at all', async () => {
    const result = await runScript(['restore', archive], testEnv(target.url))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/media store .* already holds files/)
    expect(await queryRows(target.url, `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([])
  })

  it('brings an empty database and an empty media store back to identical content', async () => {
    const result = await runScript(['restore', archive], restoreEnv())
    expect(result.code, result.stderr).toBe(0)
    expect(await databaseSnapshot(target.url)).toEqual(await databaseSnapshot(inject('databaseUrl')))
    expect(await readFile(path.join(restoredMediaDir, path.basename(uploadedFile)))).toEqual(uploadedBytes)
  })

  it('refuses a database that is not empty, unless told --force', async () => {
    const refused = await runScript(['restore', archive], restoreEnv())
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not empty.*--force/)
    const forced = await runScript(['restore', archive, '--force'], restoreEnv())
    expect(forced.code, forced.stderr).toBe(0)
    expect(await databaseSnapshot(target.url)).toEqual(await databaseSnapshot(inject('databaseUrl')))
  })

  it('continues id sequences after the restored rows', async () => {
    const [created] = await queryRows<{ id: number }>(
      target.url,
      `INSERT INTO partners (name, slug, kind) SELECT 'Nieuw', 'nieuw-na-restore', kind FROM partners LIMIT 1 RETURNING id`,
    )
    const [{ max }] = await queryRows<{ max: number }>(target.url, 'SELECT max(id) AS max FROM partners WHERE id <> $1', [created.id])
    expect(created.id).toBeGreaterThan(max)
  })
})
