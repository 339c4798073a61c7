import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The shared Payload instance for server code (queries, route handlers). */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}
