// @ts-check
/**
 * Counts in memory, written to PostgreSQL every few seconds as increments. Plain JavaScript because
 * scripts/serve.mjs (beacon, feed requests) and the Next.js bundle (sign-ups) both count: they share
 * one buffer per process through globalThis. Every instance adds its own increments with
 * INSERT … ON CONFLICT … DO UPDATE, so any number of instances add up without coordinating.
 *
 * A failed write is logged and its counts are dropped: a dead database costs the last few seconds of
 * counts, never a response (nothing here runs while a request waits).
 */
import pg from 'pg'
import { statsDay } from './calendar.mjs'

/** @typedef {{ table: string, keys: readonly string[], count: string }} Counter */

/** Each kind of count: its table (migrations/20261202_050000_stats.ts), the columns of a row's key, the counted column. */
export const COUNTERS = /** @type {const} */ ({
  pageView: { table: 'stats_page_views', keys: ['day', 'path'], count: 'views' },
  visitor: { table: 'stats_visitors', keys: ['day'], count: 'visitors' },
  subscription: { table: 'stats_subscriptions', keys: ['day', 'file'], count: 'requests' },
  emptySearch: { table: 'stats_empty_searches', keys: ['day', 'words'], count: 'searches' },
  unknownAddress: { table: 'stats_unknown_addresses', keys: ['day', 'path'], count: 'hits' },
  signUp: { table: 'stats_sign_ups', keys: ['week', 'course_id', 'edition', 'heard_from'], count: 'sign_ups' },
})

/** @typedef {keyof typeof COUNTERS} CounterName */

export const FLUSH_INTERVAL_MS = 5_000
/** Totals are kept this long (the privacy page says so), then deleted. */
export const KEEP_YEARS = 5

/** Distinct rows held between two writes; beyond it new rows are dropped, so a flood cannot fill memory. */
export const MAX_PENDING_ROWS = 10_000

export class StatsBuffer {
  /** @type {Map<string, { counter: CounterName, values: (string | number)[], n: number }>} */
  #pending = new Map()
  /** @type {pg.Pool | undefined} */
  #pool
  /** @type {NodeJS.Timeout | undefined} */
  #timer
  /** @type {Promise<void>} */
  #writing = Promise.resolve()
  /** The day this process last deleted expired totals: once a day, by whichever instance, is plenty. */
  #prunedOn = ''
  #databaseUrl
  #intervalMs
  #log

  /** @param {{ databaseUrl: string, intervalMs?: number, log?: (message: string) => void }} options */
  constructor({ databaseUrl, intervalMs = FLUSH_INTERVAL_MS, log = (message) => console.error(message) }) {
    this.#databaseUrl = databaseUrl
    this.#intervalMs = intervalMs
    this.#log = log
  }

  /**
   * Add `n` to one row of a counter. `values` are the row's key columns, in COUNTERS order.
   * @param {CounterName} counter
   * @param {(string | number)[]} values
   */
  add(counter, values, n = 1) {
    const key = `${counter}\u0000${values.join('\u0000')}`
    const row = this.#pending.get(key)
    if (row) row.n += n
    else if (this.#pending.size < MAX_PENDING_ROWS) this.#pending.set(key, { counter, values, n })
    // The timer does not keep a finished process alive; stop() writes what is left.
    this.#timer ??= setInterval(() => void this.flush(), this.#intervalMs).unref()
  }

  /** The rows waiting to be written, as (counter, key values, count). */
  pending() {
    return [...this.#pending.values()].map(({ counter, values, n }) => ({ counter, values: [...values], n }))
  }

  /** Write everything counted so far; one write at a time, in order. */
  flush() {
    const rows = [...this.#pending.values()]
    this.#pending = new Map()
    const today = statsDay()
    const prune = this.#prunedOn !== today
    this.#prunedOn = today
    this.#writing = this.#writing.then(() => (rows.length || prune ? this.#write(rows, prune) : undefined))
    return this.#writing
  }

  /** Write what is left and close the connection (on shutdown). */
  async stop() {
    clearInterval(this.#timer)
    this.#timer = undefined
    await this.flush()
    await this.#pool?.end()
    this.#pool = undefined
  }

  /**
   * @param {{ counter: CounterName, values: (string | number)[], n: number }[]} rows
   * @param {boolean} prune also delete totals older than KEEP_YEARS
   */
  async #write(rows, prune) {
    /** @type {Map<CounterName, typeof rows>} */
    const byCounter = new Map()
    for (const row of rows) byCounter.set(row.counter, [...(byCounter.get(row.counter) ?? []), row])
    try {
      const pool = this.#connect()
      for (const [name, counterRows] of byCounter) {
        const { text, params } = upsert(COUNTERS[name], counterRows)
        await pool.query(text, params)
      }
      if (prune) {
        for (const { table, keys } of Object.values(COUNTERS)) {
          await pool.query(`DELETE FROM ${table} WHERE ${keys[0]} < current_date - make_interval(years => $1)`, [KEEP_YEARS])
        }
      }
    } catch (error) {
      this.#log(`[stats] ${rows.length} counts not written: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  #connect() {
    if (this.#pool) return this.#pool
    this.#pool = new pg.Pool({ connectionString: this.#databaseUrl, max: 1, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 3_000 })
    // An idle connection the database drops must not crash the process.
    this.#pool.on('error', (error) => this.#log(`[stats] database connection lost: ${error.message}`))
    return this.#pool
  }
}

/**
 * One statement per counter: a multi-row insert that adds to existing rows.
 * @param {Counter} counter
 * @param {{ values: (string | number)[], n: number }[]} rows
 */
export function upsert({ table, keys, count }, rows) {
  const width = keys.length + 1
  const params = rows.flatMap((row) => [...row.values, row.n])
  const tuples = rows.map((_, index) => `(${Array.from({ length: width }, (_, column) => `$${index * width + column + 1}`).join(', ')})`)
  const text =
    `INSERT INTO ${table} (${[...keys, count].join(', ')}) VALUES ${tuples.join(', ')} ` +
    `ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${count} = ${table}.${count} + EXCLUDED.${count}`
  return { text, params }
}

const SHARED = Symbol.for('doenenlaten.statsBuffer')

/**
 * This process's buffer (one for serve.mjs and the Next.js bundle alike), or undefined when counting
 * is switched off (STATS_COUNTING=false) or there is no database.
 * @returns {StatsBuffer | undefined}
 */
export function statsBuffer() {
  if (process.env.STATS_COUNTING === 'false' || !process.env.DATABASE_URL) return undefined
  const shared = /** @type {Record<symbol, StatsBuffer | undefined>} */ (globalThis)
  shared[SHARED] ??= new StatsBuffer({ databaseUrl: process.env.DATABASE_URL })
  return shared[SHARED]
}

/** Write the counts of this process before it exits (scripts/serve.mjs on SIGTERM). */
export async function stopStats() {
  await /** @type {Record<symbol, StatsBuffer | undefined>} */ (globalThis)[SHARED]?.stop()
}
