import { createBackup } from '@/lib/backup/archive'
import { env } from '@/lib/env'

/** `npm run backup`: one archive with database and media; its path is the last line printed. */
export async function backup(): Promise<number> {
  const file = await createBackup(env.BACKUP_DIR)
  console.log(file)
  return 0
}
