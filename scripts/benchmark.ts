/**
 * Load-test public pages of a running production server (`npm run build && npm start`):
 *   BENCH_URL=http://localhost:3000 npm run benchmark
 * Prints requests per second and latency per page, then the memory of the server's Node.js processes
 * after a sustained mixed load. Loopback only; bounded in time.
 */
import autocannon from 'autocannon'
import { serverProcesses } from './process-memory'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
if (!/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(base)) {
  console.error('BENCH_URL must point at this machine (localhost).')
  process.exit(2)
}
const pages = ['/', '/locaties', '/locaties/huiskamer-ghanadreef', '/cursussen/ervaring-contact-herstel', '/verhaal', '/nieuws', '/zoeken?q=cursussen']

for (const path of pages) {
  const result = await autocannon({ url: `${base}${path}`, connections: 32, duration: 10 })
  const ok = result.non2xx === 0 && result.errors === 0
  console.log(
    `${path.padEnd(40)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${ok ? '' : `  (${result.non2xx} non-2xx, ${result.errors} errors)`}`,
  )
}

// Counting (lib/stats). A page view without counting is the cached page; with counting it is the page
// plus the beacon the page sends once shown. Both loads on the same server, one after the other; the
// requirement is page views per second with counting >= 0.95 x without. Each beacon comes from another
// address (X-Forwarded-For, so start the server with TRUSTED_PROXY_HOPS=1 as behind Caddy), as real
// visitors do: otherwise the per-address throttle answers 429 and nothing is counted.
const COUNTED_PAGE = '/locaties'
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'
const randomAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`
const alone = await autocannon({ url: `${base}${COUNTED_PAGE}`, connections: 32, duration: 10, headers: { 'user-agent': BROWSER } })
const counted = await autocannon({
  url: base,
  connections: 32,
  duration: 10,
  requests: [
    { path: COUNTED_PAGE, headers: { 'user-agent': BROWSER } },
    {
      method: 'POST',
      path: '/api/stats',
      body: JSON.stringify({ path: COUNTED_PAGE }),
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': randomAddress() },
      }),
    },
  ],
})
const viewsAlone = alone.requests.average
// Every second request of the counted load is a beacon: one page view is two requests.
const viewsCounted = counted.requests.average / 2
const refused = counted.non2xx + counted.errors
console.log(
  `${'page views, counting off'.padEnd(40)} ${String(Math.round(viewsAlone)).padStart(6)} views/s  p99 ${alone.latency.p99} ms\n` +
    `${'page views, counting on (page + beacon)'.padEnd(40)} ${String(Math.round(viewsCounted)).padStart(6)} views/s  p99 ${counted.latency.p99} ms` +
    `${refused ? `  (${refused} refused: is TRUSTED_PROXY_HOPS=1?)` : ''}\n` +
    `${'counting on / off'.padEnd(40)} ${(viewsCounted / viewsAlone).toFixed(3)}  (required >= 0.95)`,
)

// Search with a query nobody asked before: the PostgreSQL full-text query runs every time (a unique
// excluded word keeps the results and defeats the result cache).
const timings: number[] = []
for (let run = 0; run < 50; run++) {
  const started = performance.now()
  const response = await fetch(`${base}/zoeken?q=${encodeURIComponent(`cursussen -ongebruikt${Date.now()}x${run}`)}`)
  await response.text()
  timings.push(performance.now() - started)
}
timings.sort((a, b) => a - b)
const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1)
console.log(`${'/zoeken (new query each time)'.padEnd(40)} p50 ${percentile(50)} ms  p95 ${percentile(95)} ms  (50 sequential requests)`)

// Memory after 30 s of everything at once: every page, unknown addresses and new searches.
const mixed = [...pages, '/wp-login.php', '/bestaat-niet', '/sitemap.xml', '/nieuws/feed.xml', '/agenda.ics']
await autocannon({
  url: base,
  connections: 32,
  duration: 30,
  requests: [
    ...mixed.map((path) => ({ path })),
    { setupRequest: (request: autocannon.Request) => ({ ...request, path: `/zoeken?q=huiskamer+${Math.random().toString(36).slice(2, 8)}` }) },
  ],
})
const processes = serverProcesses(Number(new URL(base).port || 80))
for (const { pid, command, rssMb } of processes) console.log(`memory: ${rssMb.toFixed(0).padStart(5)} MB  pid ${pid}  ${command}`)
console.log(`memory: ${processes.reduce((sum, { rssMb }) => sum + rssMb, 0).toFixed(0).padStart(5)} MB  all Node.js processes of the server (budget 450 MB)`)
