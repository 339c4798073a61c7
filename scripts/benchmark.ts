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
