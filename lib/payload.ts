import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The shared Payload instance for server code (queries, route handlers). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/** The same instance, with its job crons started (the admin and REST routes would start them otherwise). */
export function startPayloadWithJobs(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
