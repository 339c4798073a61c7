import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

export type RateLimit = { bucket: string; limit: number; windowMs: number }

export const SIGN_UP_LIMIT: RateLimit = { bucket: 'sign-up', limit: 5, windowMs: 10 * 60 * 1000 }
/** Failed staff logins per client, on top of Payload's lockout per account (collections/Users). */
export const LOGIN_LIMIT: RateLimit = { bucket: 'login', limit: 10, windowMs: 15 * 60 * 1000 }
export const FORGOT_PASSWORD_LIMIT: RateLimit = { bucket: 'forgot-password', limit: 5, windowMs: 60 * 60 * 1000 }

/**
 * The client address of a request that came in over HTTP. scripts/serve.mjs replaces X-Forwarded-For
 * with exactly that address before Next.js sees the request (under `next dev`, Next.js fills it in).
 * Undefined for calls from our own server code, which have no client.
 */
export function requestClientAddress(headers: Headers): string | undefined {
  return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || undefined
}

/** Hash the client address with the app secret: counters work without storing anyone's IP. */
export function clientKey(ip: string, secret: string): string {
  return createHash('sha256').update(`${secret}:${ip}`).digest('hex').slice(0, 32)
}

/**
 * Count this attempt when it is within the limit: the id of the counted attempt (see forgetAttempt),
 * or null when the client has reached the limit. Old rows of the bucket are removed on the way, so
 * the table stays small without a separate clean-up.
 */
export async function hitRateLimit(payload: Payload, key: string, rule: RateLimit, req?: Partial<PayloadRequest>): Promise<number | null> {
  const since = new Date(Date.now() - rule.windowMs).toISOString()
  await payload.delete({
    collection: 'rate-limit-events',
    where: { and: [{ bucket: { equals: rule.bucket } }, { createdAt: { less_than: since } }] },
    overrideAccess: true,
    req,
  })
  const { totalDocs } = await payload.count({
    collection: 'rate-limit-events',
    where: { and: [{ bucket: { equals: rule.bucket } }, { key: { equals: key } }, { createdAt: { greater_than_equal: since } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs >= rule.limit) return null
  const attempt = await payload.create({ collection: 'rate-limit-events', data: { bucket: rule.bucket, key }, overrideAccess: true, req })
  return attempt.id
}

/** Take a counted attempt back (a login that succeeded is no attempt to guess a password). */
export async function forgetAttempt(payload: Payload, id: number): Promise<void> {
  await payload.delete({ collection: 'rate-limit-events', id, overrideAccess: true })
}
