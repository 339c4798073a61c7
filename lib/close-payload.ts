import type { Payload } from 'payload'

type Pool = { end: () => Promise<void>; ended?: boolean }

/** Payload's destroy() leaves the pg pool open; scripts and tests close it before PostgreSQL stops. */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const { pool } = payload.db as { pool?: Pool }
  // Idle connections close now. The adapter keeps one client checked out for its reconnect logic
  // (with its own error handler), so the promise of end() only settles once that client goes away.
  if (pool && !pool.ended) void pool.end()
}
