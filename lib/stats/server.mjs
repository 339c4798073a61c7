// @ts-check
/**
 * What scripts/serve.mjs asks of the counting, one call per request: answer the beacon, and count
 * calendar and feed requests once they are answered (they are static files to Next.js, so no code of
 * ours runs for them otherwise). Feed readers and calendar apps are machines by nature: no bot filter.
 */
import { BEACON_PATH, handleBeacon } from './beacon.mjs'
import { statsBuffer, stopStats } from './buffer.mjs'
import { statsDay } from './calendar.mjs'
import { subscriptionFile } from './paths.mjs'
import { Throttle } from './throttle.mjs'
import { DailyVisitors } from './visitors.mjs'

/** @type {import('./beacon.mjs').BeaconDeps | undefined} */
let deps

/**
 * True when the request was answered here (the beacon); otherwise Next.js answers it.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function handleStatsRequest(request, response) {
  const path = (request.url ?? '/').split('?')[0]
  if (path === BEACON_PATH) {
    deps ??= {
      buffer: statsBuffer(),
      visitors: new DailyVisitors({ site: process.env.SITE_URL ?? 'localhost', redisUrl: process.env.REDIS_URL || undefined }),
      throttle: new Throttle(),
      log: (message) => console.error(message),
    }
    handleBeacon(request, response, deps).catch((error) => {
      console.error('[stats] beacon failed', error)
      if (!response.headersSent) response.writeHead(500).end()
    })
    return true
  }
  const file = request.method === 'GET' ? subscriptionFile(path) : undefined
  if (file) {
    response.once('finish', () => {
      if (response.statusCode === 200 || response.statusCode === 304) statsBuffer()?.add('subscription', [statsDay(), file])
    })
  }
  return false
}

/** Write what is counted and let Redis go (on shutdown). */
export async function stopStatsServer() {
  await Promise.all([stopStats(), deps?.visitors.close()])
}
