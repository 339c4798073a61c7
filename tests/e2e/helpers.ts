import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * The second server tests/e2e/server.ts starts on the next port: same build and database, with the
 * default TRUSTED_PROXY_HOPS=0 (the main one trusts one proxy, so tests can act as many visitors).
 */
export function directServer(baseURL: string): string {
  const url = new URL(baseURL)
  url.port = String(Number(url.port) + 1)
  return url.origin
}

export const STATIC_ROUTES = ['/', '/verhaal', '/locaties', '/cursussen', '/agenda', '/nieuws', '/zoeken', '/zoeken?q=cursussen', '/team', '/partners', '/contact', '/toegankelijkheid', '/privacy']

/** Every public URL: the fixed pages plus every location and course page listed in the sitemap. */
export async function publicRoutes(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  const details = urls.filter((path) => /^\/(locaties|cursussen|nieuws)\/./.test(path))
  expect(details.length).toBeGreaterThanOrEqual(17)
  return [...STATIC_ROUTES, ...details]
}

/** WCAG 2.1 A and AA, as axe-core checks them. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** Log in through the admin panel's own form (the browser locale is Dutch: see test.use locale). */
export async function loginToAdmin(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await page.getByRole('textbox', { name: /^E-mail/ }).fill(credentials.email)
  await page.getByRole('textbox', { name: /^Wachtwoord/ }).fill(credentials.password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}
