/**
 * Largest Contentful Paint of the public pages against a bare Next.js page, measured by Lighthouse in
 * the same run on the same machine (mobile preset: slow 4G and a 4x slower CPU, applied for real by
 * DevTools: Lighthouse's default simulation swung between runs by a second on this 2-core machine). Needs a
 * running production server:
 *   BENCH_URL=http://localhost:3000 npm run lcp
 * Uses Debian's Chromium (or CHROMIUM_PATH). Loopback only; three runs per page, the median counts.
 */
import { existsSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
if (!/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(base)) {
  console.error('BENCH_URL must point at this machine (localhost).')
  process.exit(2)
}
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path))
const pages = ['/lcp-referentie', '/', '/locaties', '/locaties/huiskamer-ghanadreef', '/cursussen/ervaring-contact-herstel', '/nieuws', '/agenda']
const RUNS = 3

const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const results: Record<string, number> = {}
  for (const path of pages) {
    const lcps: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', throttlingMethod: 'devtools' })
      lcps.push(result?.lhr.audits['largest-contentful-paint'].numericValue ?? Number.NaN)
    }
    results[path] = median(lcps)
  }
  const reference = results['/lcp-referentie']
  for (const [path, lcp] of Object.entries(results)) {
    const difference = path === '/lcp-referentie' ? '(bare Next.js page)' : `${lcp - reference >= 0 ? '+' : ''}${((lcp - reference) / 1000).toFixed(2)} s`
    console.log(`${path.padEnd(40)} LCP ${(lcp / 1000).toFixed(2)} s  ${difference}`)
  }
} finally {
  await chrome.kill()
}
