import { expect, test as base } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { withDatabaseClient } from '@/lib/database-client'
import { E2E_DATABASE_URL_FILE } from '../helpers/testEnv'

export const test = base.extend<{ cspGuard: void; releaseLocks: void }>({
  /**
   * Every e2e test fails when the browser refuses something under the Content-Security-Policy: the
   * policy is only right if the public pages and the admin work under it without a single refusal.
   */
  cspGuard: [
    async ({ page }, use) => {
      const refusals: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`)
      })
      await use()
      expect(refusals, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  /**
   * Each test is a different person. A browser closed on an edit view keeps its document lock until
   * it expires (Payload releases it only when its own router leaves the view), so the next test would
   * find the document "locked by another user": what a test's browser left behind goes with it.
   */
  releaseLocks: [
    async ({}, use) => {
      await use()
      await withDatabaseClient(readFileSync(E2E_DATABASE_URL_FILE, 'utf8'), (client) => client.query('DELETE FROM payload_locked_documents'))
    },
    { auto: true },
  ],
})

export { expect }
