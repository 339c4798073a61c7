import { lastRevalidated } from '@/lib/cache-handler.mjs'
import { cacheTags } from '@/lib/cache-tags'
import { env } from '@/lib/env'
import { lastExpired } from '@/lib/tag-clock'
import { normaliseRedirectPath, redirectTarget, type RedirectDoc } from '.'

/**
 * The old addresses (collection "redirects") as one table in memory, so the proxy answers the
 * addresses scanners try all day (/wp-login.php, /.env, …) without a request or query each. The table
 * is loaded whole, through this server's REST API (the proxy does not load Payload), and loaded again
 * on the first request after any of these tags expired: a redirect's own, or a collection a redirect
 * points into (its target is that document's current slug).
 */
export const REDIRECT_TABLE_TAGS = [
  cacheTags.redirects,
  cacheTags.collection('locations'),
  cacheTags.collection('courses'),
  cacheTags.collection('posts'),
]

type Table = { loadedAt: number; targets: Map<string, string> }

let table: Table | undefined
let loading: Promise<Table> | undefined

/** Where an old address points now, or null for an address nobody redirected. */
export async function redirectFor(pathname: string, origin: string): Promise<string | null> {
  const current = await currentTable(origin)
  return current.targets.get(normaliseRedirectPath(pathname)) ?? null
}

async function currentTable(origin: string): Promise<Table> {
  if (table && !(await expiredSince(table.loadedAt))) return table
  // One load at a time: a scan that starts right after an edit must not load the table per request.
  loading ??= loadTable(origin).finally(() => (loading = undefined))
  return loading
}

/**
 * Expired in this process (its own edits, at once) or, with Redis, on any instance (the tag times the
 * shared cache handler records). Redis unreachable: the copy may be stale, so load it again.
 */
async function expiredSince(loadedAt: number): Promise<boolean> {
  if (lastExpired(REDIRECT_TABLE_TAGS) >= loadedAt) return true
  if (!env.REDIS_URL) return false
  try {
    return (await lastRevalidated(REDIRECT_TABLE_TAGS)) >= loadedAt
  } catch (error) {
    console.error(`[redirects] Could not check the redirect table against Redis: ${(error as Error).message}`)
    return true
  }
}

async function loadTable(origin: string): Promise<Table> {
  // The start of the load, not its end: an edit saved while it runs makes the next request load again.
  const loadedAt = Date.now()
  const api = new URL('/api/redirects', env.INTERNAL_URL ?? origin)
  api.searchParams.set('depth', '1')
  api.searchParams.set('pagination', 'false')
  const response = await fetch(api, { cache: 'no-store', signal: AbortSignal.timeout(5_000) })
  if (!response.ok) throw new Error(`Loading the redirect table failed: ${response.status}`)
  const { docs } = (await response.json()) as { docs: (RedirectDoc & { from?: string | null })[] }
  const targets = new Map<string, string>()
  for (const doc of docs) {
    const target = redirectTarget(doc)
    if (doc.from && target) targets.set(normaliseRedirectPath(doc.from), target)
  }
  table = { loadedAt, targets }
  return table
}
