import { describe, expect, it } from 'vitest'
import { clientAddress } from '@/lib/client-address.mjs'

describe('the client address rate limits use', () => {
  it('is the connection when no proxy is trusted, whatever the client writes in X-Forwarded-For', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('198.51.100.1')
    expect(clientAddress(['203.0.113.9', '10.0.0.1'], '198.51.100.1', 0)).toBe('198.51.100.1')
    expect(clientAddress(undefined, '::ffff:127.0.0.1', 0)).toBe('127.0.0.1')
    expect(clientAddress(undefined, '::1', 0)).toBe('::1')
  })

  it('is what the trusted proxies saw, not what the client prepended', () => {
    expect(clientAddress('192.0.2.7', '127.0.0.1', 1)).toBe('192.0.2.7')
    expect(clientAddress('10.1.2.3, 192.0.2.7', '127.0.0.1', 1)).toBe('192.0.2.7')
    expect(clientAddress('10.1.2.3, 192.0.2.7, 172.16.0.5', '127.0.0.1', 2)).toBe('192.0.2.7')
  })

  it('falls back to what is known when the chain is shorter than promised', () => {
    expect(clientAddress(undefined, '127.0.0.1', 1)).toBe('127.0.0.1')
    expect(clientAddress('192.0.2.7', '127.0.0.1', 2)).toBe('192.0.2.7')
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown')
  })
})
