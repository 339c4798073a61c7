import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The personal link in a sign-up confirmation: it names one registration and an expiry, signed with
 * the app secret, so it cannot be guessed or changed to reach another registration. Cancelling deletes
 * the registration, after which the link reaches nothing.
 */
export type RegistrationLink = { registrationId: number; expiresAt: number }

const DAY = 24 * 60 * 60 * 1000

/** Valid until the day after the edition ends; interest without an edition keeps a year. */
export function linkExpiry(edition: { startDate: string; endDate?: string | null } | undefined, now = Date.now()): number {
  if (!edition) return now + 365 * DAY
  return new Date(edition.endDate ?? edition.startDate).getTime() + DAY
}

export function issueRegistrationToken(secret: string, link: RegistrationLink): string {
  const body = `${link.registrationId}.${link.expiresAt}`
  return `${body}.${sign(secret, body)}`
}

export function verifyRegistrationToken(secret: string, token: string, now = Date.now()): RegistrationLink | null {
  const [id, expires, signature] = token.split('.')
  if (!/^\d+$/.test(id ?? '') || !/^\d+$/.test(expires ?? '') || !signature) return null
  const expected = Buffer.from(sign(secret, `${id}.${expires}`))
  const actual = Buffer.from(signature)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  if (Number(expires) < now) return null
  return { registrationId: Number(id), expiresAt: Number(expires) }
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`registration-link:${body}`).digest('base64url')
}

export const REGISTRATION_PAGE = '/aanmelding'
