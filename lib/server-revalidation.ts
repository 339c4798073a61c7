import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '@/lib/env'

/**
 * Expiring cache tags from code that runs outside a request: Next.js's revalidateTag() needs the store
 * of a request it is handling, which a Payload job does not have (payloadcms/payload#16392). Such code
 * asks the server it runs in, over loopback, to expire the tags in a request of its own
 * (app/api/revalidate/route.ts). With Redis that reaches every instance through the shared cache.
 */
const REVALIDATE_PATH = '/api/revalidate'
const TOKEN_HEADER = 'x-revalidate-token'

/** A token only this deployment can make, derived from its secret. */
function revalidationToken(): string {
  return createHmac('sha256', env.PAYLOAD_SECRET).update('revalidate-tags').digest('hex')
}

export function hasValidRevalidationToken(headers: Headers): boolean {
  const given = Buffer.from(headers.get(TOKEN_HEADER) ?? '')
  const expected = Buffer.from(revalidationToken())
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Expire tags through the server at INTERNAL_URL (set by `npm start` and `npm run dev`). Without it
 * (a job run from the command line) there is no server cache in this process to reach: say so.
 */
export async function expireOnServer(tags: string[]): Promise<void> {
  if (!env.INTERNAL_URL) {
    console.warn(`No INTERNAL_URL: cache tags ${tags.join(', ')} expire at the next save instead.`)
    return
  }
  const response = await fetch(new URL(REVALIDATE_PATH, env.INTERNAL_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: revalidationToken() },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`Expiring ${tags.join(', ')} failed: ${response.status}`)
}
