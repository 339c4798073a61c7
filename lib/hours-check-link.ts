import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The "De tijden kloppen nog" link in a coordinator's reminder: one location, issued at a moment,
 * valid for 7 days, signed with the app secret. Single use without storing anything: it only works
 * while the location's hours were last checked before the link was issued, and using it sets that date.
 */
export type HoursCheckLink = { locationId: number; issuedAt: number }

export const HOURS_LINK_DAYS = 7
const DAY = 24 * 60 * 60 * 1000

export function issueHoursCheckToken(secret: string, link: HoursCheckLink): string {
  const body = `${link.locationId}.${link.issuedAt}`
  return `${body}.${sign(secret, body)}`
}

export function verifyHoursCheckToken(secret: string, token: string, now = Date.now()): HoursCheckLink | null {
  const [id, issued, signature] = token.split('.')
  if (!/^\d+$/.test(id ?? '') || !/^\d+$/.test(issued ?? '') || !signature) return null
  const expected = Buffer.from(sign(secret, `${id}.${issued}`))
  const actual = Buffer.from(signature)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  if (now - Number(issued) > HOURS_LINK_DAYS * DAY) return null
  return { locationId: Number(id), issuedAt: Number(issued) }
}

/** Whether the link is still unused: nobody has checked the hours since it was issued. */
export function linkStillUnused(link: HoursCheckLink, hoursCheckedAt: string | null | undefined): boolean {
  return !hoursCheckedAt || new Date(hoursCheckedAt).getTime() < link.issuedAt
}

/** Hours checked longer ago than this (or never) get a reminder. */
export const STALE_AFTER_DAYS = 30

export function isStale(hoursCheckedAt: string | null | undefined, now = Date.now()): boolean {
  return !hoursCheckedAt || now - new Date(hoursCheckedAt).getTime() > STALE_AFTER_DAYS * DAY
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`hours-check:${body}`).digest('base64url')
}

export const HOURS_CHECK_PAGE = '/tijden-kloppen'
