import { getPayloadClient } from './payload'

const TIMEOUT_MS = 2_000

/** One `SELECT 1` through Payload's pool, given up after two seconds (a hung database is a dead one). */
export async function isDatabaseReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS)
  })
  const probe = getPayloadClient()
    .then((payload) => payload.db.pool.query('SELECT 1'))
    .then(() => true)
    .catch(() => false)
  try {
    return await Promise.race([probe, timeout])
  } finally {
    clearTimeout(timer)
  }
}
