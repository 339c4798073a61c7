import type { Payload } from 'payload'
import { env } from './env'
import { linkStillUnused, verifyHoursCheckToken } from './hours-check-link'
import { getPayloadClient } from './payload'

export type HoursCheckTarget = { id: number; name: string; slug: string; hoursCheckedAt?: string | null }

/** The location a still-unused reminder link names, or null (forged, expired or used). */
export async function locationForHoursLink(token: string, payload?: Payload): Promise<HoursCheckTarget | null> {
  payload ??= await getPayloadClient()
  const link = verifyHoursCheckToken(env.PAYLOAD_SECRET, token)
  if (!link) return null
  const location = await payload.findByID({ collection: 'locations', id: link.locationId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, slug: true, hoursCheckedAt: true } })
  if (!location || !linkStillUnused(link, location.hoursCheckedAt)) return null
  return { id: location.id, name: location.name, slug: location.slug, hoursCheckedAt: location.hoursCheckedAt }
}

/**
 * Record today's check from the link, without a login. The update runs the location's revalidation
 * hooks, so the public page shows the new date; after it the link is used (see linkStillUnused).
 */
export async function confirmHoursByLink(payload: Payload, token: string): Promise<HoursCheckTarget | null> {
  const location = await locationForHoursLink(token, payload)
  if (!location) return null
  const hoursCheckedAt = new Date().toISOString()
  await payload.update({ collection: 'locations', id: location.id, data: { hoursCheckedAt }, overrideAccess: true })
  return { ...location, hoursCheckedAt }
}
