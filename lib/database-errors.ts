import type { Payload } from 'payload'

/**
 * An idle pooled connection that PostgreSQL closes (a restart, a failover) emits 'error' on the pool;
 * without a listener that is an uncaught exception. The pool drops such a connection and opens a new
 * one for the next query, so a warning is all it needs.
 */
export function logIdleConnectionErrors(payload: Payload): void {
  payload.db.pool.on('error', (error) => {
    payload.logger.warn(`PostgreSQL closed an idle connection (${error.message}); the next query opens a new one.`)
  })
}
