import { expect, test as base } from '@playwright/test'

/**
 * Every e2e test fails when the browser refuses something under the Content-Security-Policy: the
 * policy is only right if the public pages and the admin work under it without a single refusal.
 */
export const test = base.extend<{ cspGuard: void }>({
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
})

export { expect }
