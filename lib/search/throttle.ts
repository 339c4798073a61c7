/**
 * Searches per client, counted in this process's memory: a flood of searches from one address is
 * refused in the proxy, before any page renders or any query runs, so it never takes the server's
 * time from other visitors. A person searching types a few searches a minute; the limit is far above.
 *
 * Fixed windows: the counts start again every window, and the whole map is dropped then, so memory
 * stays bounded by the clients of one window. With several instances each counts its own share.
 */
export const SEARCH_LIMIT = { limit: 30, windowMs: 60_000 }

let windowStart = 0
const counts = new Map<string, number>()

/** Count one search by `client`; false when the client has used up this window's searches. */
export function allowSearch(client: string, now = Date.now()): boolean {
  if (now - windowStart >= SEARCH_LIMIT.windowMs) {
    windowStart = now
    counts.clear()
  }
  const count = (counts.get(client) ?? 0) + 1
  counts.set(client, count)
  return count <= SEARCH_LIMIT.limit
}

/** Seconds until the current window ends: what a refused client is told to wait. */
export function secondsUntilNextWindow(now = Date.now()): number {
  return Math.max(1, Math.ceil((windowStart + SEARCH_LIMIT.windowMs - now) / 1000))
}
