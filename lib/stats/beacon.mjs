// @ts-check
/**
 * POST /api/stats: the beacon a public page sends once it is shown (components/StatsBeacon.client.tsx).
 * Answered by scripts/serve.mjs itself, before Next.js, so counting costs a page view next to nothing
 * and pages stay static. Always a bodiless answer; nothing here sets a cookie.
 *
 * Not counted: Do Not Track / Global Privacy Control, bots (isbot's maintained list), cross-site posts,
 * and clients over the throttle. Refused: anything but a small JSON body of the known shape.
 */
import { isbot } from 'isbot'
import { z } from 'zod'
import { statsDay } from './calendar.mjs'
import { countablePath, isSearchPage, MAX_PATH_LENGTH, unknownAddressPath } from './paths.mjs'

export const BEACON_PATH = '/api/stats'
export const MAX_BEACON_BYTES = 1024
export const MAX_SEARCH_WORDS_LENGTH = 100

const beaconBody = z.strictObject({
  path: z.string().startsWith('/').max(MAX_PATH_LENGTH),
  kind: z.enum(['view', 'not-found', 'empty-search']).default('view'),
  words: z.string().max(MAX_SEARCH_WORDS_LENGTH).optional(),
})

/** Search words as editors see them: trimmed, lower case, single spaces. @param {string} words */
export function normaliseSearchWords(words) {
  return words.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** Whether the browser asked not to be tracked. @param {import('node:http').IncomingHttpHeaders} headers */
export function optedOut(headers) {
  return headers.dnt === '1' || headers['sec-gpc'] === '1'
}

/** Bots, crawlers and clients that do not say what they are. @param {string | undefined} userAgent */
export function isBot(userAgent) {
  return !userAgent || isbot(userAgent)
}

/**
 * @typedef {{
 *   buffer: import('./buffer.mjs').StatsBuffer | undefined,
 *   visitors: import('./visitors.mjs').DailyVisitors,
 *   throttle: import('./throttle.mjs').Throttle,
 *   log?: (message: string) => void,
 * }} BeaconDeps
 */

/**
 * Answer one beacon request. The client address is the one scripts/serve.mjs put in X-Forwarded-For.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {BeaconDeps} deps
 */
export async function handleBeacon(request, response, deps) {
  const answer = (/** @type {number} */ status) => {
    response.writeHead(status, { 'Cache-Control': 'no-store', ...(status === 413 ? { Connection: 'close' } : {}) }).end()
  }
  if (request.method !== 'POST') return answer(405)
  // sendBeacon from our own pages is same-origin; older browsers send no Sec-Fetch-Site at all.
  const site = request.headers['sec-fetch-site']
  if (site && site !== 'same-origin') return answer(403)
  if (Number(request.headers['content-length'] ?? 0) > MAX_BEACON_BYTES) return answer(413)

  const address = String(request.headers['x-forwarded-for'] ?? 'unknown')
  if (!deps.throttle.allow(address)) return answer(429)

  const raw = await readBody(request, MAX_BEACON_BYTES)
  if (raw === undefined) return answer(413)
  let json
  try {
    json = JSON.parse(raw)
  } catch {
    return answer(400)
  }
  const body = beaconBody.safeParse(json)
  if (!body.success) return answer(400)

  const userAgent = request.headers['user-agent']
  if (optedOut(request.headers) || isBot(userAgent) || !deps.buffer) return answer(204)
  const counted = countBeacon(deps.buffer, body.data)
  if (!counted) return answer(400)
  answer(204)

  // After the answer: a slow Redis never delays anybody.
  const day = statsDay()
  try {
    if (await deps.visitors.isNew(address, String(userAgent), day)) deps.buffer.add('visitor', [day])
  } catch (error) {
    deps.log?.(`[stats] visitor not counted: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Count what one beacon reports; false when its path is not one we count.
 * @param {import('./buffer.mjs').StatsBuffer} buffer
 * @param {z.infer<typeof beaconBody>} beacon
 */
export function countBeacon(buffer, { path, kind, words }, day = statsDay()) {
  if (kind === 'not-found') {
    const unknown = unknownAddressPath(path)
    if (unknown) buffer.add('unknownAddress', [day, unknown])
    return Boolean(unknown)
  }
  const page = countablePath(path)
  if (!page) return false
  buffer.add('pageView', [day, page])
  const searched = words && normaliseSearchWords(words)
  if (kind === 'empty-search' && isSearchPage(page) && searched) buffer.add('emptySearch', [day, searched])
  return true
}

/**
 * The body as text, or undefined when it grows past `limit` bytes (a missing Content-Length included).
 * @param {import('node:http').IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<string | undefined>}
 */
function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else {
        // Stop reading; the 413 closes the connection (see handleBeacon).
        request.pause()
        resolve(undefined)
      }
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
