import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

export type RateLimit = { bucket: string; limit: number; windowMs: number }

export const SIGN_UP_LIMIT: RateLimit = { bucket: 'sign-up', limit: 5, windowMs: 10 * 60 * 1000 }

/** Hash the client address with the app secret: counters work without storing anyone's IP. */
export function clientKey(ip: string, secret: string): string {
  return createHash('sha256').update(`${secret}:${ip}`).digest('hex').slice(0, 32)
}

/**
 * Count this attempt and say whether it is within the limit. Old rows of the bucket are removed on the
 * way, so the table stays small without a separate clean-up.
 */
export async function hitRateLimit(payload: Payload, key: string, rule: RateLimit, req?: Partial<PayloadRequest>): Promise<boolean> {
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
  if (totalDocs >= rule.limit) return false
  await payload.create({ collection: 'rate-limit-events', data: { bucket: rule.bucket, key }, overrideAccess: true, req })
  return true
}
