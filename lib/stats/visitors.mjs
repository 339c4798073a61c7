// @ts-check
/**
 * Daily unique visitors without identifying anyone, the way privacy-first analytics count them: a
 * hash of (salt of the day, site, address, user agent). The salt is random, made for one day and
 * forgotten after it, so a visitor of yesterday cannot be linked to today, not even by us.
 *
 * Why not derive the salt from a secret and the date: whoever holds the secret could recompute any
 * day's hashes. With one instance the salt lives in this process's memory only. With several
 * (REDIS_URL set, requests spread round-robin) all need the same salt and one set of today's hashes:
 * the first instance of the day puts a random salt in Redis (SET NX with an expiry), the others read
 * it, and hashes go into a Redis HyperLogLog, which keeps a count estimate, not the hashes. Both keys
 * expire with the day. Redis must run without persistence (deploy/README.md) so neither reaches a disk.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createClient } from 'redis'

const PREFIX = 'doenenlaten:stats:'
/** Keys outlive their day by a little (clocks of instances differ), then are gone. */
const KEY_TTL_SECONDS = 26 * 60 * 60
const COMMAND_TIMEOUT_MS = 300

export class DailyVisitors {
  /** This instance's own salt (no Redis, or Redis away). @type {{ day: string, salt: string } | undefined} */
  #salt
  /** The day's salt read from Redis, kept apart from the own one. @type {{ day: string, salt: string } | undefined} */
  #shared
  /** @type {{ day: string, hashes: Set<string> } | undefined} */
  #seen
  /** @type {ReturnType<typeof createClient> | undefined} */
  #redis
  #site
  #log

  /** @param {{ site: string, redisUrl?: string, log?: (message: string) => void }} options */
  constructor({ site, redisUrl, log = (message) => console.error(message) }) {
    this.#site = site
    this.#log = log
    if (redisUrl) {
      this.#redis = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 2_000 } })
      this.#redis.on('error', (error) => this.#log(`[stats] Redis: ${error.message}`))
      this.#redis.connect().catch(() => undefined)
    }
  }

  /**
   * Whether this is the first request today from this (address, user agent): true once per day.
   * Without Redis (or while it is away) this process decides on its own.
   * @param {string} address
   * @param {string} userAgent
   * @param {string} day YYYY-MM-DD
   */
  async isNew(address, userAgent, day) {
    if (this.#redis?.isReady) {
      try {
        const hash = this.#hash(await this.#sharedSalt(day), address, userAgent)
        const key = `${PREFIX}visitors:${day}`
        const [added] = await this.#redis
          .withCommandOptions({ timeout: COMMAND_TIMEOUT_MS })
          .multi()
          .pfAdd(key, hash)
          .expire(key, KEY_TTL_SECONDS)
          .exec()
        return Number(added) === 1
      } catch (error) {
        this.#log(`[stats] visitor counted by this instance alone: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    const hash = this.#hash(this.#localSalt(day), address, userAgent)
    if (this.#seen?.day !== day) this.#seen = { day, hashes: new Set() }
    const { hashes } = this.#seen
    if (hashes.has(hash)) return false
    hashes.add(hash)
    return true
  }

  /**
   * The hash this instance gives a visitor on a day (exposed for tests of the rotation).
   * @param {string} address @param {string} userAgent @param {string} day
   */
  async hashFor(address, userAgent, day) {
    return this.#hash(this.#redis?.isReady ? await this.#sharedSalt(day) : this.#localSalt(day), address, userAgent)
  }

  /** Whether the shared salt is in use (Redis configured and connected). */
  get connected() {
    return Boolean(this.#redis?.isReady)
  }

  async close() {
    if (this.#redis?.isOpen) await this.#redis.quit()
  }

  /** @param {string} salt @param {string} address @param {string} userAgent */
  #hash(salt, address, userAgent) {
    return createHash('sha256').update(`${salt}\u0000${this.#site}\u0000${address}\u0000${userAgent}`).digest('hex')
  }

  /**
   * A new day drops the old salt: from then on nothing can reproduce yesterday's hashes.
   * @param {string} day
   */
  #localSalt(day) {
    if (this.#salt?.day !== day) this.#salt = { day, salt: randomBytes(32).toString('hex') }
    return this.#salt.salt
  }

  /**
   * The day's salt every instance uses: the first to ask makes it.
   * @param {string} day
   * @returns {Promise<string>}
   */
  async #sharedSalt(day) {
    if (this.#shared?.day === day) return this.#shared.salt
    const redis = /** @type {ReturnType<typeof createClient>} */ (this.#redis).withCommandOptions({ timeout: COMMAND_TIMEOUT_MS })
    const key = `${PREFIX}salt:${day}`
    await redis.set(key, randomBytes(32).toString('hex'), { condition: 'NX', expiration: { type: 'EX', value: KEY_TTL_SECONDS } })
    const salt = await redis.get(key)
    if (!salt) throw new Error('the salt of the day expired while it was read')
    this.#shared = { day, salt }
    return salt
  }
}
