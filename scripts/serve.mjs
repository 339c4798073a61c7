// @ts-check
/**
 * The production server (`npm start` runs it after preparing the database): Next.js's own request
 * handler behind a plain Node HTTP server that owns the socket. Before Next.js sees a request, its
 * X-Forwarded-For is replaced by the one client address that counts (lib/client-address.mjs), so
 * what a client writes in that header cannot make it look like someone else.
 *
 * Runs as plain Node, as the only long-lived process of an instance: the database was prepared by
 * `scripts/run.ts prepare-database` before this starts (npm start, and ExecStartPre in the systemd unit).
 * Listens on loopback unless LISTEN_ADDRESS says otherwise: only the proxy in front should reach it.
 */
import '../lib/require-supported-node.mjs'
import { createServer } from 'node:http'
import { constants as zlib } from 'node:zlib'
import compression from 'compression'
import next from 'next'
import { clientAddress } from '../lib/client-address.mjs'
import { handleStatsRequest, stopStatsServer } from '../lib/stats/server.mjs'
import { dutchAddress } from '../lib/i18n/dutch-addresses.mjs'
import { resultsPageOf, searchQueryOf } from '../lib/search/address.mjs'
import { allowSearch, secondsUntilNextWindow, throttledSearchPage } from '../lib/search/throttle.mjs'

const port = Number(process.env.PORT || 3000)
const host = process.env.LISTEN_ADDRESS || '127.0.0.1'
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS || 0)
// Jobs in this process expire cache tags through a request to this server (lib/server-revalidation.ts).
process.env.INTERNAL_URL = `http://127.0.0.1:${port}`

const app = next({ dev: false, dir: process.cwd(), port })
const handle = app.getRequestHandler()
await app.prepare()

// Brotli for every browser that accepts it, gzip for the rest (next.config.ts turns off Next.js's own
// gzip-only compression). A page holds its text twice, as HTML and as the inline RSC payload, and its
// stylesheet twice; gzip's 32 kB window cannot reach back to the first copy, Brotli's can: the home page
// is 12 kB instead of 17 kB, and fits a phone's first TCP round trip (README, "Speed"). Quality 5 costs
// about 1 ms per page, on libuv's thread pool.
const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } })

const server = createServer((request, response) => {
  const client = clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress, trustedHops)
  request.headers['x-forwarded-for'] = client
  // A search flood from one client is refused here, before Next.js spends anything on it.
  const query = searchQueryOf(request.url)
  if (query && !allowSearch(client)) {
    const refusal = throttledSearchPage(query, secondsUntilNextWindow())
    response.writeHead(refusal.status, refusal.headers).end(refusal.body)
    return
  }
  if (handleStatsRequest(request, response)) return
  const dutch = dutchAddress(request.url ?? '/')
  if (dutch && 'redirect' in dutch) {
    response.writeHead(308, { Location: dutch.redirect }).end()
    return
  }
  if (dutch) request.url = dutch.rewrite
  // A search's results are a cached page of their own (lib/search/address.mjs).
  request.url = resultsPageOf(request.url ?? '/') ?? request.url
  compress(request, response, () => void handle(request, response))
})
server.listen(port, host, () => console.log(`Ready on ${host}:${port} (trusted proxy hops: ${trustedHops})`))

// Stop taking requests, let running ones finish, then exit (systemd and the test harness send SIGTERM).
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    // Counts of the last seconds are written before the process ends (lib/stats/buffer.mjs).
    server.close(() => void stopStatsServer().finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
