import { isDatabaseReachable } from '@/lib/health'

export const dynamic = 'force-dynamic'

/** For the proxy's health checks: 200 while the database answers, 503 otherwise. Never cached. */
export async function GET(): Promise<Response> {
  const healthy = await isDatabaseReachable()
  return Response.json(
    { status: healthy ? 'ok' : 'database unreachable' },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
