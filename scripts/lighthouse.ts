/**
 * Lighthouse's default mobile run (simulated throttling, as PageSpeed Insights shows it) of the main
 * pages against a bare Next.js page of the same weight built with this project's `next` in the same run
 * (scripts/bare-next.ts). Needs a running production server:
 *   BENCH_URL=http://localhost:3000 npm run lighthouse
 * Five paired runs per page (the bare twin right before ours, so both see the same machine), medians
 * of the performance score, Total Blocking Time and Largest Contentful Paint. Loopback only; Debian's
 * Chromium (or CHROMIUM_PATH). On a shared machine run it when the machine is quiet.
 */
import { existsSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startBareNext } from './bare-next'

const base = process.env.BENCH_URL ?? 'http://localhost:3000'
if (!/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(base)) {
  console.error('BENCH_URL must point at this machine (localhost).')
  process.exit(2)
}
const barePort = Number(process.env.BENCH_BARE_PORT ?? Number(new URL(base).port || 80) + 100)
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path))
const pages = (process.env.LIGHTHOUSE_PAGES ?? '/,/locaties,/verhaal,/cursussen/ervaring-contact-herstel').split(',')
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5)

type Measure = { score: number; tbt: number; lcp: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const medians = (runs: Measure[]): Measure => ({
  score: median(runs.map((run) => run.score)),
  tbt: median(runs.map((run) => run.tbt)),
  lcp: median(runs.map((run) => run.lcp)),
})

const weights = new Map<string, number>()
for (const path of pages) weights.set(path, Buffer.byteLength(await (await fetch(`${base}${path}`)).text()))
const bare = await startBareNext([...new Set(weights.values())], barePort)
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
async function measure(url: string): Promise<Measure> {
  const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' })
  // A page that did not load (a server gone, an error page) is a failed run, not a number.
  const score = result?.lhr.categories.performance.score
  if (!result || result.lhr.runtimeError || score == null) {
    throw new Error(`Lighthouse could not measure ${url}: ${result?.lhr.runtimeError?.message ?? 'no score'}`)
  }
  const audits = result.lhr.audits
  return {
    score: Math.round(score * 100),
    tbt: audits['total-blocking-time'].numericValue ?? Number.NaN,
    lcp: audits['largest-contentful-paint'].numericValue ?? Number.NaN,
  }
}
const line = (label: string, { score, tbt, lcp }: Measure, extra = '') =>
  `${label.padEnd(44)} score ${String(score).padStart(3)}  TBT ${String(Math.round(tbt)).padStart(5)} ms  LCP ${(lcp / 1000).toFixed(2)} s${extra}`
try {
  for (const path of pages) {
    const ours: Measure[] = []
    const twins: Measure[] = []
    for (let run = 0; run < RUNS; run++) {
      twins.push(await measure(`${bare.base}${bare.pathFor(weights.get(path)!)}`))
      ours.push(await measure(`${base}${path}`))
    }
    const [o, t] = [medians(ours), medians(twins)]
    console.log(line(`${path} (${(weights.get(path)! / 1024).toFixed(0)} kB)`, o, `   vs bare: ${o.score - t.score} points, TBT ${Math.round(o.tbt - t.tbt)} ms, LCP ${((o.lcp - t.lcp) / 1000).toFixed(2)} s`))
    console.log(line('  bare Next.js, same weight', t))
  }
} finally {
  await chrome.kill()
  await bare.stop()
}
