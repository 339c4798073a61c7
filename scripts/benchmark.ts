/**
 * Load-test public pages of a running production server (`npm run build && npm start`):
 *   BENCH_URL=http://localhost:3000 npm run benchmark
 * Prints requests per second and latency per page. Loopback only; bounded in time.
 */
import autocannon from 'autocannon'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
if (!/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(base)) {
  console.error('BENCH_URL must point at this machine (localhost).')
  process.exit(2)
}
const pages = ['/', '/locaties', '/locaties/huiskamer-ghanadreef', '/cursussen/ervaring-contact-herstel', '/verhaal']

for (const path of pages) {
  const result = await autocannon({ url: `${base}${path}`, connections: 32, duration: 10 })
  const ok = result.non2xx === 0 && result.errors === 0
  console.log(
    `${path.padEnd(40)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${ok ? '' : `  (${result.non2xx} non-2xx, ${result.errors} errors)`}`,
  )
}
