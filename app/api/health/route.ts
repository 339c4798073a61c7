import { env } from '@/lib/env'
import { isDatabaseReachable } from '@/lib/health'

export const dynamic = 'force-dynamic'

/**
 * For the proxy's health checks: 200 while the database answers, 503 otherwise. Never cached. Names
 * the release it serves, so a rolling update (deploy/release.sh) knows when the new one is up.
 */
export async function GET(): Promise<Response> {
  const healthy = await isDatabaseReachable()
  return Response.json(
    { status: healthy ? 'ok' : 'database unreachable', release: env.DEPLOYMENT_ID ?? null },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
