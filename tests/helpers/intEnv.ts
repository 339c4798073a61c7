import { afterAll, inject } from 'vitest'
import { testEnv } from './testEnv'

// Each test worker talks to the database the global setup started.
Object.assign(process.env, testEnv(inject('databaseUrl')), { NODE_ENV: 'test' })

// Close this file's connection pool before the global teardown stops PostgreSQL.
afterAll(async () => {
  const [{ closePayload }, { getPayloadClient }] = await Promise.all([import('@/lib/close-payload'), import('@/lib/payload')])
  await closePayload(await getPayloadClient())
})
