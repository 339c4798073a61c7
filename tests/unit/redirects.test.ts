import { describe, expect, it } from 'vitest'
import { normaliseRedirectPath, redirectTarget } from '@/lib/redirects'

describe('old addresses', () => {
  it('are one spelling with or without trailing slash, host or capitals', () => {
    for (const spelling of ['/feed/', '/feed', 'feed', 'https://doenenlatenutrecht.nl/feed/', '/Feed/?x=1']) {
      expect(normaliseRedirectPath(spelling)).toBe('/feed')
    }
    expect(normaliseRedirectPath('/over-ons/achtergrond-doen-en-laten/')).toBe('/over-ons/achtergrond-doen-en-laten')
    expect(normaliseRedirectPath('/')).toBe('/')
  })

  it('point to a page of ours by its current slug, or to a URL', () => {
    expect(redirectTarget({ to: { type: 'reference', reference: { relationTo: 'courses', value: { slug: 'ervaring-contact-herstel' } } } })).toBe(
      '/cursussen/ervaring-contact-herstel',
    )
    expect(redirectTarget({ to: { type: 'custom', url: '/team' } })).toBe('/team')
    // An unpopulated or unknown reference has no address.
    expect(redirectTarget({ to: { type: 'reference', reference: { relationTo: 'courses', value: 3 } } })).toBeNull()
    expect(redirectTarget(undefined)).toBeNull()
  })
})
