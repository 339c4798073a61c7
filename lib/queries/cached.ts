import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/**
 * Wrap a query so its result is kept in Next's data cache under `tags` (expired by the revalidation
 * hooks) and shared between generateMetadata and the page within one request (React `cache`).
 */
export function cachedQuery<Args extends string[], Result>(
  key: string,
  tags: (...args: Args) => string[],
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache((...args: Args) => unstable_cache(() => query(...args), [key, ...args], { tags: tags(...args) })())
}
