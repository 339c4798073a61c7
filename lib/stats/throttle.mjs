// @ts-check
/**
 * At most `limit` beacons per client per window, per instance, in memory: a page sends one beacon, so
 * a person never reaches it, and a script flooding the endpoint stops counting. The table of clients
 * is dropped every window, so it holds only the last minute's addresses and never grows without bound.
 */
export class Throttle {
  /** @type {Map<string, number>} */
  #hits = new Map()
  #windowStart = 0
  #limit
  #windowMs

  constructor(limit = 30, windowMs = 60_000) {
    this.#limit = limit
    this.#windowMs = windowMs
  }

  /** Count a hit; false when the client is over its limit for this window. @param {string} client */
  allow(client, now = Date.now()) {
    if (now - this.#windowStart >= this.#windowMs) {
      this.#hits = new Map()
      this.#windowStart = now
    }
    const hits = (this.#hits.get(client) ?? 0) + 1
    this.#hits.set(client, hits)
    return hits <= this.#limit
  }
}
