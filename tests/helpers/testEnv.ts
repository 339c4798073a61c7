/** Credentials and settings shared by the integration and end-to-end test servers. */
export const TEST_ADMIN = { email: 'admin@test.doenenlaten.local', password: 'test-admin-password-1' }

/** Where tests/e2e/server.ts leaves its database's URL, for the few e2e tests that must reach past the API. */
export const E2E_DATABASE_URL_FILE = '.data/e2e-database-url'

export function testEnv(databaseUrl: string, siteUrl = 'http://localhost:3000'): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    SITE_URL: siteUrl,
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
    DISABLE_PAYLOAD_HMR: 'true',
  }
}
