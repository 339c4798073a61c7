import { readFileSync } from 'node:fs'
import { withDatabaseClient } from '@/lib/database-client'
import { E2E_DATABASE_URL_FILE, TEST_ADMIN } from '../helpers/testEnv'
import { expect, test } from './fixtures'
import { loginToAdmin, STATIC_ROUTES } from './helpers'

test.use({ locale: 'nl-NL' })

const STATS_TABLES = ['stats_page_views', 'stats_visitors', 'stats_subscriptions', 'stats_empty_searches', 'stats_unknown_addresses', 'stats_sign_ups']
const statsRows = () =>
  withDatabaseClient(readFileSync(E2E_DATABASE_URL_FILE, 'utf8'), async (client) => {
    const rows: unknown[] = []
    for (const table of STATS_TABLES) rows.push(...(await client.query(`SELECT * FROM ${table}`)).rows)
    return rows
  })

test('public pages set no cookie, store nothing in the browser and ask no other host', async ({ browser, baseURL }) => {
  test.setTimeout(180_000)
  // A visitor of its own (the e2e server trusts one proxy): the beacons of earlier tests, all from this
  // machine's address, would otherwise meet the per-address throttle (429) here.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.250' } })
  const page = await context.newPage()
  const origins = new Set<string>()
  const cookieHeaders: string[] = []
  page.on('request', (request) => void origins.add(new URL(request.url()).origin))
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie')
    if (cookie) cookieHeaders.push(`${response.url()}: ${cookie}`)
  })
  for (const route of [...STATIC_ROUTES, '/zoeken?q=qwertyuiop', '/locaties/bestaat-niet', '/oude-pagina.html', '/cursussen/ervaring-contact-herstel/aanmelden']) {
    const beacon = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/stats')
    await page.goto(route)
    // The page counts itself once it is shown: one beacon, answered without a body or cookie.
    expect((await beacon).status(), route).toBe(204)
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    }))
    expect(storage, route).toEqual({ local: 0, session: 0, databases: 0, caches: 0, cookie: '' })
  }
  expect(await context.cookies()).toEqual([])
  expect(cookieHeaders).toEqual([])
  expect([...origins]).toEqual([new URL(baseURL!).origin])
  await context.close()
})

test('what is counted holds no address, user agent or hash, and shows in Bereik', async ({ browser, page }) => {
  test.setTimeout(120_000)
  const address = '198.51.100.77'
  const visitor = await browser.newContext({
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 ReachProbe',
    // The e2e server trusts one proxy: this is the address it takes as the visitor's.
    extraHTTPHeaders: { 'x-forwarded-for': address },
  })
  const visit = await visitor.newPage()
  for (const route of ['/zoeken?q=onvindbaarwoord', '/bestaat-echt-niet']) {
    const beacon = visit.waitForResponse((response) => new URL(response.url()).pathname === '/api/stats')
    await visit.goto(route)
    expect((await beacon).status()).toBe(204)
  }
  await visitor.close()

  // Counts are written every few seconds.
  await expect.poll(async () => JSON.stringify(await statsRows()), { timeout: 20_000 }).toContain('onvindbaarwoord')
  await expect.poll(async () => JSON.stringify(await statsRows()), { timeout: 20_000 }).toContain('/bestaat-echt-niet')
  const stored = JSON.stringify(await statsRows())
  expect(stored).not.toContain(address)
  expect(stored).not.toContain('ReachProbe')
  expect(stored).not.toMatch(/[0-9a-f]{32}/)

  await loginToAdmin(page, TEST_ADMIN)
  // In the side menu (closed on this viewport until opened: Payload's own behaviour).
  await expect(page.getByRole('link', { name: 'Bereik' })).toHaveAttribute('href', '/admin/bereik')
  await page.goto('/admin/bereik')
  await expect(page.getByRole('heading', { level: 1, name: 'Bereik' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Lijngrafiek/ })).toBeVisible()
  await expect(page.locator('canvas').first()).toBeVisible()
  await page.getByText(/^Tabel: zoekopdrachten zonder resultaat/).click()
  await expect(page.getByRole('table', { name: 'Zoekopdrachten zonder resultaat' }).getByRole('cell', { name: 'onvindbaarwoord' })).toBeVisible()
  const download = page.waitForEvent('download')
  await page.locator('details', { hasText: 'Tabel: zoekopdrachten zonder resultaat' }).getByRole('link', { name: 'Download als CSV' }).click()
  expect((await download).suggestedFilename()).toMatch(/^bereik-zoekwoorden-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)

  await page.getByText(/^Tabel: onbekende adressen/).click()
  await page.getByRole('button', { name: 'Doorverwijzing maken voor /bestaat-echt-niet' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/redirects\/\d+$/)
  // The plugin's field labels have no Dutch translation yet, so the field is found by its id.
  await expect(page.locator('#field-from')).toHaveValue('/bestaat-echt-niet')

  // Readable on a phone: nothing wider than the screen but the tables, which scroll on their own.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/admin/bereik')
  await expect(page.locator('canvas').first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await page.goto('/admin/bereik/jaar')
  await expect(page.getByRole('heading', { level: 1, name: /Bereik van de website in \d{4}/ })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Per maand' })).toBeVisible()
})

test('an anonymous visitor of Bereik is sent to the login', async ({ page }) => {
  await page.goto('/admin/bereik')
  await expect(page).toHaveURL(/\/admin\/login/)
})
