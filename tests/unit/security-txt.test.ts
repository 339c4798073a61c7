import { describe, expect, it } from 'vitest'
import { securityTxt } from '@/lib/security-txt'

describe('security.txt', () => {
  it('lists contact, expiry, languages and its canonical address (RFC 9116)', () => {
    const text = securityTxt({ contact: 'veilig@example.nl', expires: '2027-06-30T00:00:00.000Z', siteUrl: 'https://doenenlaten.example' })
    expect(text.split('\n')).toEqual([
      'Contact: mailto:veilig@example.nl',
      'Expires: 2027-06-30T00:00:00.000Z',
      'Preferred-Languages: nl, en',
      'Canonical: https://doenenlaten.example/.well-known/security.txt',
      '',
    ])
  })
})
