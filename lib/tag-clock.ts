/**
 * When each cache tag was last expired in this process. Next.js keeps its own record, but only for
 * the page and data caches; code that keeps a copy in memory outside them (the redirect table the
 * proxy reads, lib/redirects/table.ts) asks this clock whether its copy is still current. Every place
 * that expires tags (collections/hooks/revalidate.ts, app/api/revalidate) notes them here too.
 *
 * The map lives on globalThis: the proxy and the route handlers are bundled separately but run in
 * one process, and both must see the same clock.
 */
const CLOCK = Symbol.for('doenenlaten.tagClock')
const holder = globalThis as typeof globalThis & { [CLOCK]?: Map<string, number> }
const clock = (holder[CLOCK] ??= new Map<string, number>())

export function noteExpired(tags: string[], time = Date.now()): void {
  for (const tag of tags) clock.set(tag, Math.max(time, clock.get(tag) ?? 0))
}

/** The latest time any of `tags` was expired in this process (0: never). */
export function lastExpired(tags: string[]): number {
  return Math.max(0, ...tags.map((tag) => clock.get(tag) ?? 0))
}
