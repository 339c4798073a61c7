import type { Course, Registration } from '@/payload-types'
import { env } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { verifyRegistrationToken } from '@/lib/registration-link'

export type OwnRegistration = Pick<Registration, 'id' | 'name' | 'email' | 'phone' | 'motivation' | 'status' | 'editionLabel' | 'createdAt'> & {
  courseTitle: string
}

/**
 * The registration a personal link names, or null when the link is forged, expired or its registration
 * is gone. The signed token is the authorization here (no account): it reaches exactly one row.
 * Never cached: it is personal data.
 */
export async function getRegistrationByLink(token: string): Promise<OwnRegistration | null> {
  const link = verifyRegistrationToken(env.PAYLOAD_SECRET, token)
  if (!link) return null
  const payload = await getPayloadClient()
  const doc = await payload.findByID({ collection: 'registrations', id: link.registrationId, depth: 1, overrideAccess: true, disableErrors: true })
  if (!doc) return null
  return {
    id: doc.id,
    name: doc.name,
    email: doc.email,
    phone: doc.phone,
    motivation: doc.motivation,
    status: doc.status,
    editionLabel: doc.editionLabel,
    createdAt: doc.createdAt,
    courseTitle: (doc.course as Course).title,
  }
}
