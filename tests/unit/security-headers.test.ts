import { describe, expect, it } from 'vitest'
import { securityHeaders } from '@/lib/security-headers'

const byName = (siteUrl: string) => Object.fromEntries(securityHeaders(siteUrl).map(({ key, value }) => [key, value]))

describe('security headers', () => {
  it('forbid framing and powerful browser features everywhere', () => {
    const headers = byName('http://localhost:3000')
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*payment=\(\)/)
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  it('send HSTS only when the site is served over https', () => {
    expect(byName('http://localhost:3000')['Strict-Transport-Security']).toBeUndefined()
    expect(byName('https://doenenlaten.example')['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/)
  })
})
