import { describe, expect, it } from 'vitest'
import { securityHeaders } from '@/lib/security-headers'

const byName = (siteUrl: string, development = false) =>
  Object.fromEntries(securityHeaders(siteUrl, development).map(({ key, value }) => [key, value]))

/** The policy as a map from directive to its sources. */
const policy = (siteUrl: string, development = false) =>
  Object.fromEntries(
    byName(siteUrl, development)['Content-Security-Policy'].split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ')
      return [name, sources]
    }),
  )

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

  it('allow content from this origin only, with no plugins, foreign forms or framing', () => {
    const directives = policy('http://localhost:3000')
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'self'"])
    expect(directives['form-action']).toEqual(["'self'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    for (const sources of Object.values(directives)) {
      expect(sources.filter((source) => source.includes('*') || /^https?:/.test(source))).toEqual([])
    }
  })

  it('allow eval only in development, and upgrade requests only under https', () => {
    expect(policy('http://localhost:3000')['script-src']).not.toContain("'unsafe-eval'")
    expect(policy('http://localhost:3000', true)['script-src']).toContain("'unsafe-eval'")
    expect(policy('http://localhost:3000')['upgrade-insecure-requests']).toBeUndefined()
    expect(policy('https://doenenlaten.example')['upgrade-insecure-requests']).toEqual([])
  })
})
