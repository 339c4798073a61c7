/**
 * Load-test a running production server (`npm run build && npm start`) side by side with a bare
 * Next.js page of the same weight, built with this project's own `next` in the same run
 * (scripts/bare-next.ts):
 *   BENCH_URL=http://localhost:3000 npm run benchmark
 * Prints requests per second and latency for the cached pages and for their bare twins (and the
 * ratio), then unknown addresses, repeated and new searches, a search flood from one address beside
 * the pages of other visitors, and the memory of the server's Node.js processes. Loopback only;
 * bounded in time. Timings on a shared machine are noisy: compare the paired numbers of one run.
 *
 * Searches are limited per client (lib/search/throttle.ts). To measure search throughput itself,
 * start the server with TRUSTED_PROXY_HOPS=1: the benchmark then acts as many visitors through
 * X-Forwarded-For. Without it, those rows count refusals (429), which is the flood's own case.
 */
import autocannon from 'autocannon'
import { startBareNext } from './bare-next'
import { serverProcesses } from './process-memory'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
if (!/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(base)) {
  console.error('BENCH_URL must point at this machine (localhost).')
  process.exit(2)
}
const barePort = Number(process.env.BENCH_BARE_PORT ?? Number(new URL(base).port || 80) + 100)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
const WARM_UP_SECONDS = 3

const pages = ['/', '/locaties', '/verhaal', '/locaties/huiskamer-ghanadreef', '/cursussen/ervaring-contact-herstel', '/nieuws']
const UNKNOWN = ['/xmlrpc.php', '/.env', '/wp-content/plugins/x/readme.txt', '/wp-includes/wlwmanifest.xml', '/old/backup.zip']

const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`
/** Every request from another address: each connection sends many requests, more than one visitor's limit. */
const asVisitor = (path: string) => ({
  setupRequest: (request: autocannon.Request) => ({ ...request, path, headers: { ...request.headers, 'x-forwarded-for': randomAddress() } }),
})

type Row = { rps: number; p50: number; p99: number; note: string }

async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options })
  const bad = result.non2xx + result.errors
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    note: bad ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : '',
  }
}

const format = (label: string, row: Row, extra = '') =>
  `${label.padEnd(44)} ${String(Math.round(row.rps)).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(5)} ms${extra}${row.note}`

// The weight of each of our pages, so the bare twin weighs the same.
const weights = new Map<string, number>()
for (const path of pages) {
  const response = await fetch(`${base}${path}`)
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  weights.set(path, Buffer.byteLength(await response.text()))
}
console.log('Building a bare Next.js app with pages of the same weights …')
const bare = await startBareNext([...new Set(weights.values())], barePort)
try {
  // Both servers answer every page for a few seconds before anything is measured: a fresh Node.js
  // process runs its hot paths unoptimised at first, and the page measured first would pay for that.
  for (const path of pages) {
    await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: WARM_UP_SECONDS })
    await autocannon({ url: `${bare.base}${bare.pathFor(weights.get(path)!)}`, connections: CONNECTIONS, duration: WARM_UP_SECONDS })
  }
  console.log(`\nCached pages, ours beside a bare Next.js page of the same weight (${CONNECTIONS} connections, ${DURATION} s each, after ${WARM_UP_SECONDS} s of warm-up)`)
  let reference: Row | undefined
  for (const path of pages) {
    const bytes = weights.get(path)!
    const ours = await load(`${base}${path}`)
    const twin = await load(`${bare.base}${bare.pathFor(bytes)}`)
    const bareBytes = Buffer.byteLength(await (await fetch(`${bare.base}${bare.pathFor(bytes)}`)).text())
    reference ??= ours
    console.log(format(`${path} (${(bytes / 1024).toFixed(0)} kB)`, ours, `  ${(ours.rps / twin.rps).toFixed(2)}× bare`))
    console.log(format(`  bare Next.js (${(bareBytes / 1024).toFixed(0)} kB)`, twin))
  }

  // Counting (lib/stats). A page view without counting is the cached page; with counting it is the page
  // plus the beacon the page sends once shown. Both loads on the same server, one after the other; the
  // requirement is page views per second with counting >= 0.95 x without. Each beacon comes from another
  // address (X-Forwarded-For, so start the server with TRUSTED_PROXY_HOPS=1 as behind Caddy), as real
  // visitors do: otherwise the per-address throttle answers 429 and nothing is counted.
  const COUNTED_PAGE = '/locaties'
  const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'
  const pageAlone = await autocannon({ url: `${base}${COUNTED_PAGE}`, connections: 32, duration: 10, headers: { 'user-agent': BROWSER } })
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
  const viewsAlone = pageAlone.requests.average
  // Every second request of the counted load is a beacon: one page view is two requests.
  const viewsCounted = counted.requests.average / 2
  const refused = counted.non2xx + counted.errors
  console.log(
    `${'page views, counting off'.padEnd(40)} ${String(Math.round(viewsAlone)).padStart(6)} views/s  p99 ${pageAlone.latency.p99} ms\n` +
      `${'page views, counting on (page + beacon)'.padEnd(40)} ${String(Math.round(viewsCounted)).padStart(6)} views/s  p99 ${counted.latency.p99} ms` +
      `${refused ? `  (${refused} refused: is TRUSTED_PROXY_HOPS=1?)` : ''}\n` +
      `${'counting on / off'.padEnd(40)} ${(viewsCounted / viewsAlone).toFixed(3)}  (required >= 0.95)`,
  )

  console.log('\nUnknown addresses (the 404 page), beside the home page above')
  const unknown = await load(base, { requests: UNKNOWN.map((path) => ({ path })) })
  console.log(format('unknown addresses (404)', { ...unknown, note: '' }, `  ${(unknown.rps / reference!.rps).toFixed(2)}× the home page`))

  console.log('\nSearches (many visitors, see the header of this file)')
  const asVisitors = { requests: [asVisitor('/')] }
  const repeated = await load(base, { requests: [asVisitor('/zoeken?q=cursussen')] })
  console.log(format('/zoeken?q=cursussen (repeated)', repeated, `  ${(repeated.rps / reference!.rps).toFixed(2)}× the home page`))
  const fresh = await load(base, {
    requests: [
      {
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          path: `/zoeken?q=huiskamer+${Math.random().toString(36).slice(2, 8)}`,
          headers: { ...request.headers, 'x-forwarded-for': randomAddress() },
        }),
      },
    ],
  })
  console.log(format('/zoeken (a new query each time)', fresh))

  console.log('\nA search flood from one address, with other visitors reading the home page meanwhile')
  const alone = await load(base, asVisitors)
  const [flood, during] = await Promise.all([
    load(`${base}/zoeken?q=flood`, { headers: { 'x-forwarded-for': '198.19.0.1' }, connections: 16 }),
    load(base, asVisitors),
  ])
  console.log(format('home page, alone', alone))
  console.log(format('home page, during the flood', during, `  ${(during.rps / alone.rps).toFixed(2)}× alone`))
  console.log(format('the flood (refused after the limit: 429)', { ...flood, note: '' }))
} finally {
  await bare.stop()
}

// Memory after 30 s of everything at once: every page, unknown addresses and new searches.
const mixed = [...pages, '/wp-login.php', ...UNKNOWN, '/sitemap.xml', '/nieuws/feed.xml', '/agenda.ics', '/zoeken?q=cursussen']
await autocannon({
  url: base,
  connections: CONNECTIONS,
  duration: 30,
  requests: [
    ...mixed.map((path) => asVisitor(path)),
    asVisitor('/zoeken?q=huiskamer'),
  ],
})
const processes = serverProcesses(Number(new URL(base).port || 80))
console.log('')
for (const { pid, command, rssMb } of processes) console.log(`memory: ${rssMb.toFixed(0).padStart(5)} MB  pid ${pid}  ${command}`)
console.log(`memory: ${processes.reduce((sum, { rssMb }) => sum + rssMb, 0).toFixed(0).padStart(5)} MB  all Node.js processes of the server (budget 450 MB)`)
