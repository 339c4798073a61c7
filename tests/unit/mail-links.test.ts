import { describe, expect, it } from 'vitest'
import { issueRegistrationToken, linkExpiry, verifyRegistrationToken } from '@/lib/registration-link'
import { registrationsCsv } from '@/lib/registration-export'
import type { Registration } from '@/payload-types'

const SECRET = 'unit-secret-that-is-long-enough-0123456789'

describe('the personal registration link', () => {
  it('names one registration until it expires, and cannot be changed to name another', () => {
    const token = issueRegistrationToken(SECRET, { registrationId: 7, expiresAt: 2_000 })
    expect(verifyRegistrationToken(SECRET, token, 1_000)).toEqual({ registrationId: 7, expiresAt: 2_000 })
    expect(verifyRegistrationToken(SECRET, token, 2_001)).toBeNull()
    expect(verifyRegistrationToken(SECRET, token.replace(/^7\./, '8.'), 1_000)).toBeNull()
    expect(verifyRegistrationToken(SECRET, token.replace('.2000.', '.9999.'), 1_000)).toBeNull()
    expect(verifyRegistrationToken('another-secret-that-is-long-enough-000000', token, 1_000)).toBeNull()
    expect(verifyRegistrationToken(SECRET, 'garbage', 1_000)).toBeNull()
  })

  it('expires the day after the edition ends (or starts, without an end)', () => {
    expect(linkExpiry({ startDate: '2099-03-01T00:00:00.000Z', endDate: '2099-06-01T00:00:00.000Z' })).toBe(Date.parse('2099-06-02T00:00:00.000Z'))
    expect(linkExpiry({ startDate: '2099-03-01T00:00:00.000Z' })).toBe(Date.parse('2099-03-02T00:00:00.000Z'))
  })
})

describe('the CSV export', () => {
  it('starts with a BOM, separates with semicolons and quotes what needs it', () => {
    const row = { name: 'José "Jo" Ünal', email: 'jo@example.nl', status: 'enrolled', editionLabel: 'Najaar', createdAt: '2026-11-02T10:00:00.000Z', motivation: 'a;b\nc' } as Registration
    const csv = registrationsCsv([row])
    expect(csv.startsWith('\uFEFFNaam;E-mail;')).toBe(true)
    expect(csv).toContain('"José ""Jo"" Ünal";jo@example.nl;;Aangenomen;Najaar;2026-11-02;"a;b\nc";\r\n')
  })
})

describe('the mail settings check at start', () => {
  it('warns in production without SMTP, and about a user without a password', async () => {
    const { mailSettingsProblems } = await import('@/lib/mail/settings')
    const base = { NODE_ENV: 'production' as const, MAIL_FROM: 'website@example.nl', SMTP_HOST: undefined, SMTP_USER: undefined, SMTP_PASS: undefined, STAFF_NOTIFY_EMAIL: 'team@example.nl' }
    expect(mailSettingsProblems(base)).toEqual([expect.stringContaining('SMTP_HOST is not set')])
    expect(mailSettingsProblems({ ...base, NODE_ENV: 'development' })).toEqual([])
    expect(mailSettingsProblems({ ...base, SMTP_HOST: 'smtp.example.nl' })).toEqual([])
    expect(mailSettingsProblems({ ...base, SMTP_HOST: 'smtp.example.nl', SMTP_USER: 'site' })).toEqual([expect.stringContaining('without SMTP_PASS')])
    expect(mailSettingsProblems({ ...base, SMTP_HOST: 'smtp.example.nl', STAFF_NOTIFY_EMAIL: undefined })).toEqual([expect.stringContaining('STAFF_NOTIFY_EMAIL')])
  })
})

describe('stale hours', () => {
  it('are hours checked more than 30 days ago, or never; a reminder link works 7 days and until the next check', async () => {
    const { isStale, issueHoursCheckToken, linkStillUnused, verifyHoursCheckToken } = await import('@/lib/hours-check-link')
    const day = 24 * 60 * 60 * 1000
    const now = Date.parse('2026-12-01T08:00:00Z')
    expect(isStale(null, now)).toBe(true)
    expect(isStale(new Date(now - 31 * day).toISOString(), now)).toBe(true)
    expect(isStale(new Date(now - 29 * day).toISOString(), now)).toBe(false)
    const token = issueHoursCheckToken(SECRET, { locationId: 3, issuedAt: now })
    expect(verifyHoursCheckToken(SECRET, token, now + 6 * day)).toEqual({ locationId: 3, issuedAt: now })
    expect(verifyHoursCheckToken(SECRET, token, now + 8 * day)).toBeNull()
    expect(verifyHoursCheckToken(SECRET, token.replace(/^3\./, '4.'), now)).toBeNull()
    expect(linkStillUnused({ locationId: 3, issuedAt: now }, new Date(now - day).toISOString())).toBe(true)
    expect(linkStillUnused({ locationId: 3, issuedAt: now }, new Date(now + 1000).toISOString())).toBe(false)
  })
})
