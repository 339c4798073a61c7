/**
 * A bare Next.js app for side-by-side measurements (scripts/benchmark.ts): one static page per
 * weight asked for, plain text only, built and served by this project's own `next` (its
 * node_modules, linked into a temporary folder). What the bare
 * page costs is what the framework costs; the difference to our page of the same weight is ours.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Outside the project (inside it, Next.js would pick up the project's instrumentation.ts), with the
// project's node_modules linked in; Turbopack's root is the filesystem's, so the link resolves.
const DIR = path.join(os.tmpdir(), 'doenenlaten-bare-next')
const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next')

/** Dutch-looking filler, so compression and parsing see text like ours. */
const SENTENCE = 'Kom langs in de huiskamer voor koffie, een praatje of een luisterend oor, zonder afspraak en zonder verwijzing. '

/**
 * Pages /w/<bytes> whose HTML weighs about <bytes>: Next.js sends the text twice (the HTML and the
 * inline RSC payload), so each page holds half of it as paragraphs.
 */
function writeApp(weights: number[]): void {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(path.join(DIR, 'app/w/[bytes]'), { recursive: true })
  writeFileSync(path.join(DIR, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  symlinkSync(path.resolve('node_modules'), path.join(DIR, 'node_modules'))
  writeFileSync(path.join(DIR, 'next.config.mjs'), "export default { turbopack: { root: '/' } }\n")
  writeFileSync(
    path.join(DIR, 'app/layout.jsx'),
    `export default function Layout({ children }) { return <html lang="nl"><body>{children}</body></html> }\n`,
  )
  writeFileSync(
    path.join(DIR, 'app/w/[bytes]/page.jsx'),
    `const SENTENCE = ${JSON.stringify(SENTENCE)}
export const dynamicParams = false
export function generateStaticParams() { return ${JSON.stringify(weights.map((bytes) => ({ bytes: String(bytes) })))} }
export default async function Page({ params }) {
  const { bytes } = await params
  const paragraphs = Math.max(1, Math.round(Number(bytes) / 2 / (SENTENCE.length * 4)))
  return <main><h1>Bare Next.js page</h1>{Array.from({ length: paragraphs }, (_, i) => <p key={i}>{SENTENCE.repeat(4)}</p>)}</main>
}
`,
  )
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: DIR, env, stdio: ['ignore', 'pipe', 'pipe'] })
}

export type BareServer = { base: string; pathFor: (bytes: number) => string; stop: () => Promise<void> }

/** Build the bare app with pages of these weights and serve it on `port` (loopback). */
export async function startBareNext(weights: number[], port: number): Promise<BareServer> {
  writeApp(weights)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  const build = run(['build'], env)
  let log = ''
  build.stdout?.on('data', (chunk) => (log += chunk))
  build.stderr?.on('data', (chunk) => (log += chunk))
  const code = await new Promise<number | null>((resolve) => build.on('exit', resolve))
  if (code !== 0) throw new Error(`Building the bare Next.js app failed (${code}):\n${log.slice(-3000)}`)
  const base = `http://127.0.0.1:${port}`
  // Something already answering there (a bare server left from an earlier run) would be measured instead.
  if (await fetch(base).then(() => true, () => false)) throw new Error(`Port ${port} is in use: stop what listens there first`)
  const server = run(['start', '-p', String(port), '-H', '127.0.0.1'], env)
  for (let attempt = 0; ; attempt++) {
    const up = await fetch(`${base}/w/${weights[0]}`).then((response) => response.ok, () => false)
    if (up) break
    if (attempt > 100 || server.exitCode !== null) throw new Error('The bare Next.js server did not start')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    base,
    pathFor: (bytes) => `/w/${bytes}`,
    stop: async () => {
      if (server.exitCode !== null || server.signalCode !== null) return
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    },
  }
}
