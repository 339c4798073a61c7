import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { envSchema, parseEnv } from '@/lib/env'

const valid = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', PAYLOAD_SECRET: 'x'.repeat(32) }

describe('environment', () => {
  it('parses a minimal environment with defaults', () => {
    expect(parseEnv(valid)).toMatchObject({ NODE_ENV: 'development', SITE_URL: 'http://localhost:3000' })
  })
  it('explains every problem in one readable error', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', PAYLOAD_SECRET: 'short' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/[\s\S]*PAYLOAD_SECRET: PAYLOAD_SECRET must be at least 32/,
    )
  })
  it('says clearly when the production secret is missing', () => {
    expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL, NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET: PAYLOAD_SECRET is required in production/,
    )
  })
  it('treats empty optional values as unset but rejects a malformed admin e-mail', () => {
    expect(parseEnv({ ...valid, SEED_ADMIN_EMAIL: '' }).SEED_ADMIN_EMAIL).toBeUndefined()
    expect(() => parseEnv({ ...valid, SEED_ADMIN_EMAIL: 'not-an-email' })).toThrow(/SEED_ADMIN_EMAIL/)
  })
  it('lists exactly the schema keys in .env.example', () => {
    const keys = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.split('=')[0])
    const schemaKeys = Object.keys(envSchema.in.shape).filter((key) => key !== 'NODE_ENV')
    expect(keys.sort()).toEqual(schemaKeys.sort())
  })
})
