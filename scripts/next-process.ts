import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

/** Run a binary from node_modules/.bin, forwarding Ctrl-C / SIGTERM so it exits before we clean up. */
export function runBin(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runProcess(name, path.resolve('node_modules/.bin', name), args, env)
}

/**
 * Another command of scripts/run.ts as a short-lived child process, with the same Node.js flags (the
 * TypeScript loader) and environment: the child loads Payload, does its work and exits.
 */
export function runStep(command: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runProcess(command, process.execPath, [...process.execArgv, path.resolve('scripts/run.ts'), command], env)
}

/**
 * Node.js flags for the production server; deploy/systemd/doenenlaten@.service has the same (a unit
 * test checks). Left alone, V8 lets a busy server's heap grow to 370 MB and more, and the process past
 * 700 MB, where 100 MB are live: capped old space with a larger young generation (short-lived
 * garbage of each request dies there) holds the server near 420 MB after a sustained mixed load, at
 * the same throughput (README, "Speed"; `npm run benchmark` reports it).
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=32']

/** The production server on the current build (scripts/serve.mjs), until it exits. */
export function serveNext(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runProcess('server', process.execPath, [...SERVER_NODE_FLAGS, path.resolve('scripts/serve.mjs')], env)
}

function runProcess(name: string, file: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'inherit', env })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      if (signal) console.error(`${name} stopped by ${signal}`)
      resolve(code ?? 1)
    })
  })
}

/**
 * `next build` from the current database. The data cache of an earlier build (possibly against another
 * database) is dropped first, and a build that exits 0 without writing a BUILD_ID counts as failed,
 * so `next start` can never serve stale pages.
 */
export async function buildNext(args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const buildId = path.resolve('.next/BUILD_ID')
  rmSync(buildId, { force: true })
  rmSync(path.resolve('.next/cache/fetch-cache'), { recursive: true, force: true })
  const code = await runBin('next', ['build', ...args], env)
  if (code === 0 && !existsSync(buildId)) {
    console.error('next build exited without writing .next/BUILD_ID: the build did not run.')
    return 1
  }
  return code
}
