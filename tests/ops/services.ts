import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { request, waitFor } from './http'

/**
 * A process the suite started, in its own process group: `stop` signals the whole group (an instance
 * is `scripts/run.ts` with `next start` as its child), escalates to SIGKILL, and waits for the exit.
 */
export type Service = { name: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> }

export function startProcess(name: string, command: string, args: string[], env: Record<string, string> = {}): Service {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    name,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      const group = (sig: NodeJS.Signals) => {
        try {
          process.kill(-(child.pid ?? 0), sig)
        } catch {
          // The group is already gone.
        }
      }
      if (child.exitCode === null && child.signalCode === null) {
        group(signal)
        const timer = setTimeout(() => group('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      }
      // Whatever the leader left behind in its group (next start after a SIGKILL of its parent).
      group('SIGKILL')
    },
  }
}

/** Resolve once something accepts connections on the port, or fail with the service's output. */
export async function waitForPort(port: number, service: Service, timeoutMs = 30_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited:\n${service.output()}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${service.name} did not listen on ${port}:\n${service.output()}`)
}

export async function startRedis(port: number): Promise<Service> {
  const redis = startProcess('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
  await waitForPort(port, redis)
  return redis
}

/** s3rver (npm), an S3-compatible server; its fixed credentials are S3RVER / S3RVER. */
export const S3_CREDENTIALS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }

export async function startS3(port: number, directory: string, buckets: string[]): Promise<Service> {
  const args = ['-d', directory, '-a', '127.0.0.1', '-p', String(port), '--silent', '--no-vhost-buckets']
  for (const bucket of buckets) args.push('--configure-bucket', bucket)
  const s3 = startProcess('s3rver', path.resolve('node_modules/.bin/s3rver'), args)
  await waitForPort(port, s3)
  return s3
}

/**
 * Caddy from Debian with the production site snippet (deploy/site.caddy) in front of the given
 * instances and static folder (holding `_next/static`), on unprivileged ports with its internal CA.
 * Returns the CA's root certificate.
 */
export async function startCaddy(
  dir: string,
  ports: { http: number; https: number },
  upstreams: [string, string],
  staticDir: string,
): Promise<{ caddy: Service; ca: string }> {
  const config = path.join(dir, 'Caddyfile')
  await mkdir(dir, { recursive: true })
  await writeFile(
    config,
    `{
	admin off
	local_certs
	skip_install_trust
	http_port ${ports.http}
	https_port ${ports.https}
	storage file_system ${path.join(dir, 'data')}
}

import ${path.resolve('deploy/site.caddy')}

localhost {
	import doenenlaten ${upstreams.join(' ')} ${staticDir}
}
`,
  )
  const caddy = startProcess('caddy', 'caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    HOME: dir,
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
  })
  await waitForPort(ports.https, caddy)
  const rootCert = path.join(dir, 'data', 'pki', 'authorities', 'local', 'root.crt')
  const started = Date.now()
  while (Date.now() - started < 15_000) {
    const ca = await readFile(rootCert, 'utf8').catch(() => '')
    if (ca) {
      // Caddy issues the site's certificate in the background once it listens: until then a handshake
      // ends in an "internal error" alert. Ready when one succeeds (any HTTP status will do).
      await waitFor(async () => Boolean(await request(`https://localhost:${ports.https}/`, { ca })), 15_000, `Caddy's certificate:\n${caddy.output()}`)
      return { caddy, ca }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Caddy wrote no root certificate:\n${caddy.output()}`)
}
