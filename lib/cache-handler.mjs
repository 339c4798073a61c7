// @ts-check
/**
 * Next.js's data and page cache in Redis, shared by every instance (next.config.ts sets it as
 * `cacheHandler` when REDIS_URL is set). Plain JavaScript because Next.js imports it at run time
 * with Node's own loader. The pattern follows Next.js's examples/cache-handler-redis: entries hold
 * the time they were written, tags hold the time they were last revalidated, and an entry with a
 * tag revalidated after it was written is a miss, on whichever instance asks.
 *
 * Redis trouble never takes the site down: reads become misses (pages render from the database),
 * writes are skipped, and a revalidation Redis could not record is retried once it is back.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createClient } from 'redis'

const TAGS_HEADER = 'x-next-cache-tags'
/** Entries and tag times expire together: a tag time only has to outlive the entries older than it. */
const TTL_SECONDS = 14 * 24 * 60 * 60
const COMMAND_TIMEOUT_MS = 500
/** How long the first requests of a fresh process wait for the connection before rendering uncached. */
const CONNECT_WAIT_MS = 2_000
const TAG_PREFIX = 'doenenlaten:tag:'

/** @type {ReturnType<typeof createClient> | undefined} One connection per process. */
let client
/** @type {Promise<unknown> | undefined} The one wait for the first connection (at most CONNECT_WAIT_MS). */
let firstConnect
/** Revalidations that could not be written, by tag: flushed when the connection is back. */
const pendingTags = new Map()

function connect() {
  if (client) return client
  client = createClient({
    url: process.env.REDIS_URL,
    // Fail at once while disconnected instead of queueing requests until Redis returns.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  })
  client.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
  client.on('ready', () => void flushPendingTags())
  const connecting = client.connect().catch((error) => console.error(`[cache] Redis connect failed: ${error.message}`))
  // With Redis down at start, connect() keeps retrying: later requests must not wait again.
  firstConnect = Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())])
  return client
}

/**
 * @template T
 * @param {(redis: NonNullable<typeof client>) => Promise<T>} command
 * @returns {Promise<T>}
 */
async function run(command) {
  const redis = connect()
  // A process that has just started waits (briefly) for its connection: otherwise everything it
  // renders in its first moments would be neither read from nor written to the shared cache.
  if (!redis.isReady) await firstConnect
  if (!redis.isReady) throw new Error('Redis is not connected')
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer in time')), COMMAND_TIMEOUT_MS)
  })
  try {
    return await Promise.race([command(redis), timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function flushPendingTags() {
  if (pendingTags.size === 0) return
  const entries = [...pendingTags]
  try {
    await run((redis) => Promise.all(entries.map(([tag, time]) => writeTagTime(redis, tag, time))))
    for (const [tag, time] of entries) if (pendingTags.get(tag) === time) pendingTags.delete(tag)
  } catch (error) {
    console.error(`[cache] Could not record revalidated tags yet: ${/** @type {Error} */ (error).message}`)
  }
}

/**
 * @param {NonNullable<typeof client>} redis
 * @param {string} tag
 * @param {number} time
 */
function writeTagTime(redis, tag, time) {
  return redis.set(TAG_PREFIX + tag, String(time), { expiration: { type: 'EX', value: TTL_SECONDS } })
}

/**
 * The latest time any of `tags` was revalidated on any instance (0: never), for code that keeps its
 * own copy of something outside the Next.js cache (lib/redirects/table.ts). Throws when Redis is
 * unreachable: the caller cannot know then whether its copy is current.
 * @param {string[]} tags
 * @returns {Promise<number>}
 */
export async function lastRevalidated(tags) {
  const times = await run((redis) => redis.mGet(tags.map((tag) => TAG_PREFIX + tag)))
  return Math.max(0, ...times.map((time) => Number(time ?? 0)))
}

/** Buffers (RSC payloads, route bodies) and Maps (segment data) survive the trip through JSON. */
function encode(value) {
  return JSON.stringify(value, function replace(key, plain) {
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
    if (raw instanceof Map) return { $map: [...raw] }
    return plain
  })
}

function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
      if (Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

/** The tags an entry depends on: a page's from its tags header, a data entry's from the request. */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER]
  if (typeof header === 'string') return header.split(',')
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string, revalidatedTags?: string[] }} ctx */
  constructor(ctx) {
    this.revalidatedTags = ctx.revalidatedTags ?? []
    // `next build` runs without Redis: entries written while prerendering stay in that process.
    this.buildOnly = process.env.NEXT_PHASE === 'phase-production-build' ? new Map() : undefined
    // Entries belong to one build: a new deployment must not serve pages that point at old assets.
    const buildId =
      !this.buildOnly && ctx.serverDistDir
        ? readFileSync(path.join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
        : 'build'
    this.prefix = `doenenlaten:${buildId}:`
  }

  async get(key, ctx) {
    try {
      const stored = this.buildOnly ? this.buildOnly.get(key) : await run((redis) => redis.get(this.prefix + key))
      if (!stored) return null
      const entry = decode(stored)
      const tags = tagsOf(entry, ctx)
      if (tags.some((tag) => this.revalidatedTags.includes(tag))) return null
      if (tags.length > 0 && !this.buildOnly) {
        const times = await run((redis) => redis.mGet(tags.map((tag) => TAG_PREFIX + tag)))
        const now = Date.now()
        if (times.some((time) => time !== null && Number(time) <= now && Number(time) >= entry.lastModified)) return null
      }
      return entry
    } catch (error) {
      console.error(`[cache] Read of ${key} failed, rendering fresh: ${/** @type {Error} */ (error).message}`)
      return null
    }
  }

  async set(key, data, ctx) {
    const entry = encode({ lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl })
    if (this.buildOnly) {
      this.buildOnly.set(key, entry)
      return
    }
    try {
      await run((redis) => redis.set(this.prefix + key, entry, { expiration: { type: 'EX', value: TTL_SECONDS } }))
    } catch (error) {
      console.error(`[cache] Write of ${key} skipped: ${/** @type {Error} */ (error).message}`)
    }
  }

  /**
   * Only immediate expiry is used by this site (`revalidateTag(tag, { expire: 0 })`); a later expiry
   * is recorded as that moment, so entries written before it stop being served then.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    if (this.buildOnly) return
    const time = Date.now() + (durations?.expire ?? 0) * 1000
    for (const tag of typeof tags === 'string' ? [tags] : tags) pendingTags.set(tag, time)
    await flushPendingTags()
  }

  resetRequestCache() {}
}
