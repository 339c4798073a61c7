import { headers } from 'next/headers'
import { env } from './env'
import { getPayloadClient } from './payload'
import { clientKey, hitRateLimit, requestClientAddress, type RateLimit } from './rate-limit'

/** Opening or using a personal link, per client: as strict as the sign-up, so links cannot be tried in bulk. */
export const REGISTRATION_LINK_LIMIT: RateLimit = { bucket: 'registration-link', limit: 20, windowMs: 10 * 60 * 1000 }

export async function withinLinkLimit(): Promise<boolean> {
  const payload = await getPayloadClient()
  const key = clientKey(requestClientAddress(await headers()) ?? 'unknown', env.PAYLOAD_SECRET)
  return (await hitRateLimit(payload, key, REGISTRATION_LINK_LIMIT)) !== null
}
