import { describe, expect, it } from 'vitest'
import { issueFormToken, verifyFormToken } from '@/lib/form-token'
import { fieldErrors, registrationInput } from '@/lib/registration-input'

const valid = { name: 'Sam de Vries', email: ' Sam@Example.NL ', phone: '', motivation: '', heardFrom: '', consent: 'ja' }

describe('sign-up form schema', () => {
  it('accepts a minimal sign-up and normalises it', () => {
    expect(registrationInput.parse(valid)).toEqual({ name: 'Sam de Vries', email: 'sam@example.nl', consent: 'ja' })
  })

  it('explains each mistake in Dutch, per field', () => {
    const result = registrationInput.safeParse({ ...valid, name: 'S', email: 'sam@', phone: 'bel me', heardFrom: 'tv', consent: '' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldErrors(result.error)).toEqual({
      name: 'Vul je naam in.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      phone: 'Vul een geldig telefoonnummer in, of laat dit veld leeg.',
      heardFrom: 'Kies een van de mogelijkheden.',
      consent: 'Geef toestemming dat we contact met je opnemen, anders kunnen we je niet bellen of mailen.',
    })
  })

  it('limits the motivation to 1000 characters', () => {
    expect(registrationInput.safeParse({ ...valid, motivation: 'x'.repeat(1000) }).success).toBe(true)
    expect(registrationInput.safeParse({ ...valid, motivation: 'x'.repeat(1001) }).success).toBe(false)
  })
})

describe('form token', () => {
  const secret = 's'.repeat(32)

  it('round-trips the render time and a unique key', () => {
    const first = verifyFormToken(secret, issueFormToken(secret, 1_000))
    const second = verifyFormToken(secret, issueFormToken(secret, 1_000))
    expect(first?.issuedAt).toBe(1_000)
    expect(first?.key).not.toBe(second?.key)
  })

  it('rejects tampered, foreign and malformed tokens', () => {
    const token = issueFormToken(secret, 1_000)
    expect(verifyFormToken(secret, token.replace(/^1000/, '9000'))).toBeNull()
    expect(verifyFormToken('t'.repeat(32), token)).toBeNull()
    expect(verifyFormToken(secret, 'rommel')).toBeNull()
  })
})
