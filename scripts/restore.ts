import { restoreBackup } from '@/lib/backup/archive'

const USAGE = 'Usage: npm run restore -- <archive.tar.gz> [--force]'

/** `npm run restore -- <archive> [--force]`: bring an empty database and media store back to the archive. */
export async function restore(args: string[]): Promise<number> {
  const force = args.includes('--force')
  const files = args.filter((arg) => arg !== '--force')
  if (files.length !== 1) {
    console.error(USAGE)
    return 2
  }
  const manifest = await restoreBackup(files[0], { force })
  const rows = Object.values(manifest.rows).reduce((sum, count) => sum + count, 0)
  console.log(`Restored ${rows} rows and ${manifest.mediaFiles} files from the backup of ${manifest.createdAt}.`)
  return 0
}
