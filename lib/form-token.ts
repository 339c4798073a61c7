import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

/**
 * A signed token rendered into each sign-up form: when it was rendered (for the minimum fill time)
 * and a random id (the idempotency key, so a double submit creates one registration).
 */
export function issueFormToken(secret: string, now = Date.now()): string {
  const body = `${now}.${randomUUID()}`
  return `${body}.${sign(secret, body)}`
}

export function verifyFormToken(secret: string, token: string): { issuedAt: number; key: string } | null {
  const [issuedAt, key, signature] = token.split('.')
  if (!issuedAt || !key || !signature) return null
  const expected = Buffer.from(sign(secret, `${issuedAt}.${key}`))
  const actual = Buffer.from(signature)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  return { issuedAt: Number(issuedAt), key }
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`form-token:${body}`).digest('base64url')
}
