/**
 * Next.js calls this once when a server starts. The process that runs scheduled jobs starts Payload's
 * job crons here, outside any request: timers keep the async context they were created in. Started by
 * the first admin or API request (Payload's routes ask for crons), every job would run inside that
 * long-finished request's context, where expiring cache tags throws or goes nowhere
 * (payloadcms/payload#16392). Jobs expire tags through lib/server-revalidation.ts instead.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { env } = await import('./lib/env')
  if (!env.RUN_JOBS) return
  const { startPayloadWithJobs } = await import('./lib/payload')
  try {
    await startPayloadWithJobs()
  } catch (error) {
    // The site can start without its database; Payload then starts with the first request.
    console.error('Payload could not start with the server; scheduled jobs start with the first request.', error)
  }
}
