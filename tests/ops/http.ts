import http from 'node:http'
import https from 'node:https'

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; raw: Buffer }
export type RequestOptions = { method?: string; headers?: Record<string, string>; body?: Buffer | string; ca?: string }

const agents = new Map<string, http.Agent>()

/** Keep-alive agents per CA, so load loops reuse connections the way browsers do. */
function agentFor(url: URL, ca?: string): http.Agent {
  const key = `${url.protocol}${ca ? ':ca' : ''}`
  let agent = agents.get(key)
  if (!agent) {
    agent = url.protocol === 'https:' ? new https.Agent({ keepAlive: true, ca }) : new http.Agent({ keepAlive: true })
    agents.set(key, agent)
  }
  return agent
}

/**
 * One request over HTTP or HTTPS. HTTPS verifies the certificate against `ca` (Caddy's internal
 * root), so the suite checks real TLS, not a switched-off check. Redirects are not followed.
 */
export function request(target: string, options: RequestOptions = {}): Promise<Reply> {
  const url = new URL(target)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: agentFor(url, options.ca), timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw })
        })
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timeout: ${target}`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy()
  agents.clear()
}

/** Multipart body as a browser would send it. */
export async function multipart(fields: Record<string, string | Blob>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? '' }
}

/** Poll `check` every 100 ms until it is true or `timeoutMs` passes; returns how long it took. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
}

/**
 * Bounded load: six loops over `pages` for `durationMs` and as long as `during` runs (at most
 * `maxRequests`), each loop pausing `pauseMs` between requests. Returns how many were answered and
 * every answer that was not a 200.
 */
export async function requestLoop(
  get: (pathname: string) => Promise<Reply>,
  pages: string[],
  { durationMs, during, pauseMs = 0, maxRequests = 5_000 }: { durationMs: number; during?: () => Promise<void>; pauseMs?: number; maxRequests?: number },
): Promise<{ total: number; failed: string[] }> {
  let total = 0
  const failed: string[] = []
  const deadline = Date.now() + durationMs
  let duringRuns = Boolean(during)
  const worker = async (offset: number) => {
    for (let index = offset; (duringRuns || Date.now() < deadline) && total < maxRequests; index++) {
      const page = pages[index % pages.length]
      const reply = await get(page).catch((error: Error) => ({ status: 0, body: error.message }))
      total++
      if (reply.status !== 200) failed.push(`${page}: ${reply.status} ${reply.body.slice(0, 200)}`)
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
  const work = during?.().finally(() => (duringRuns = false))
  await Promise.all([...[0, 1, 2, 3, 4, 5].map(worker), work])
  return { total, failed }
}
