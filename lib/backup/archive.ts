import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { z } from 'zod'
import { withDatabaseClient } from '@/lib/database-client'
import { env } from '@/lib/env'
import { applyMigrations, MIGRATION_NAMES, withScriptPayload } from '@/lib/migrate'
import { withMigrationLock } from '@/lib/migration-lock'
import { dumpDatabase, isDatabaseEmpty, loadDatabase, resetSchema } from './database'
import { dumpMedia, isMediaStoreEmpty, loadMedia } from './media'

/** manifest.json at the root of every archive; `format` changes when the layout does. */
const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  rows: z.record(z.string(), z.number().int().nonnegative()),
  mediaFiles: z.number().int().nonnegative(),
})
export type BackupManifest = z.infer<typeof manifestSchema>

async function withStaging<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doenenlaten-backup-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Write one .tar.gz with every row and every uploaded file into `outDir`; returns its path. The archive
 * holds password hashes and sign-ups: it is readable by its owner only, in a folder made private.
 */
export async function createBackup(outDir: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  const file = path.resolve(outDir, `doenenlaten-${stamp}.tar.gz`)
  await mkdir(outDir, { recursive: true, mode: 0o700 })
  await writeFile(file, '', { mode: 0o600 })
  await withStaging(async (dir) => {
    const database = await withDatabaseClient(env.DATABASE_URL, (client) => dumpDatabase(client, path.join(dir, 'data')))
    const mediaFiles = await dumpMedia(path.join(dir, 'media'))
    const manifest: BackupManifest = { format: 1, createdAt: now.toISOString(), ...database, mediaFiles }
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
    await tar.create({ gzip: true, file, cwd: dir, portable: true }, ['manifest.json', 'data', 'media'])
  })
  // An existing file keeps its mode when written again: make sure, whatever the umask was.
  await chmod(file, 0o600)
  return file
}

/**
 * Bring the database and media store back to the archive's content. Refuses a database that holds
 * any row, or a media store that holds any file (the live uploads, when restoring into a second
 * database without its own MEDIA_DIR or bucket), unless `force`; nothing is written then. The schema is rebuilt by the backup's own migrations, the rows loaded in
 * one transaction, and then any newer migrations of this release run on top.
 */
export async function restoreBackup(file: string, { force = false } = {}): Promise<BackupManifest> {
  return withScriptPayload((payload) =>
    withStaging(async (dir) => {
      await tar.extract({ file: path.resolve(file), cwd: dir, strict: true })
      const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
      const unknown = manifest.migrations.filter((name) => !MIGRATION_NAMES.includes(name))
      if (unknown.length) {
        throw new Error(`This backup was made by a newer release (migrations ${unknown.join(', ')}). Restore it with that release.`)
      }
      await withMigrationLock(env.DATABASE_URL, async () => {
        await withDatabaseClient(env.DATABASE_URL, async (client) => {
          if (!force && !(await isDatabaseEmpty(client))) {
            throw new Error('The database is not empty. Restore into an empty database, or pass --force to replace everything in it.')
          }
          if (!force && !(await isMediaStoreEmpty())) {
            throw new Error(
              'The media store (MEDIA_DIR or S3_BUCKET) already holds files, perhaps those of the live site. Restore into an empty one, or pass --force to write over it.',
            )
          }
          await resetSchema(client)
        })
        await applyMigrations(payload, manifest.migrations)
        await withDatabaseClient(env.DATABASE_URL, (client) => loadDatabase(client, path.join(dir, 'data'), manifest))
        await applyMigrations(payload)
      })
      await loadMedia(path.join(dir, 'media'))
      return manifest
    }),
  )
}
