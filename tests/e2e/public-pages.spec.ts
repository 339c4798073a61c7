import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { closeAgents, request as raw } from '../ops/http'
import { expect, test } from './fixtures'
import { expectNoAxeViolations, publicRoutes } from './helpers'

test('every public page renders, has one h1, a skip link and no axe violations @phone', async ({ page }) => {
  // About 30 pages, each with a full axe run: seconds each on a busy 2-core machine. The budget is for
  // the amount of work, not a speed check (that is the benchmark's).
  test.setTimeout(300_000)
  for (const path of await publicRoutes(page)) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.locator('h1'), path).toHaveCount(1)
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud')
    await expect(page.getByRole('complementary', { name: 'Direct hulp nodig?' })).toContainText('113 Zelfmoordpreventie: 113')
    // Readable when zoomed in (the phone project is as narrow as 200% zoom): nothing scrolls sideways.
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
    expect(scrollsSideways, `${path} scrolls sideways`).toBe(false)
    await expectNoAxeViolations(page)
  }
})

test('visitors get no cookies and public pages load nothing from another host', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url())
  })
  for (const path of await publicRoutes(page)) {
    await page.goto(path)
    await page.waitForLoadState('load')
  }
  expect(elsewhere).toEqual([])
  expect(await context.cookies()).toEqual([])
})

test('public pages are cached and send no client-hint headers (payload#17906)', async ({ request }) => {
  for (const path of ['/', '/locaties', '/locaties/huiskamer-ghanadreef', '/cursussen/ervaring-contact-herstel']) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['critical-ch'], path).toBeUndefined()
    expect(headers['accept-ch'], path).toBeUndefined()
    expect(headers['vary'] ?? '', path).not.toMatch(/Sec-CH/i)
    expect(headers['x-nextjs-cache'], path).toMatch(/HIT|STALE/)
  }
  const admin = await request.get('/admin/login')
  expect(admin.headers()['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
})

test('every kind of response refuses framing and powerful browser features', async ({ request }) => {
  for (const path of ['/', '/cursussen/ervaring-contact-herstel/aanmelden', '/admin/login', '/api/locations?limit=1', '/bestaat-niet']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['permissions-policy'], path).toContain('geolocation=()')
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
  }
})

test('a visitor finds a huiskamer with address and hours, and the ECH course in two clicks @phone', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Huiskamer Ghanadreef' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Huiskamer Ghanadreef' })).toBeVisible()
  await expect(page.getByText('Ghanadreef').first()).toBeVisible()
  const hours = page.getByRole('table', { name: 'Elke week' })
  await expect(hours.getByRole('row', { name: /dinsdag/ })).toContainText('10:00 tot 15:00 uur')
  await expect(hours.getByRole('row', { name: /zondag/ })).toContainText('Gesloten')
  await expect(page.getByRole('status')).toHaveText(/^Nu (open|gesloten)/)
  await expect(page.getByRole('link', { name: /Route op OpenStreetMap/ })).toHaveAttribute('href', /openstreetmap\.org/)

  await page.goto('/')
  await page.getByRole('link', { name: 'Over de ECH-cursus' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaring, Contact, Herstel (ECH)')
  await expect(page.getByRole('heading', { name: 'Volgende cursus' })).toBeVisible()
})

test('structured data, sitemap and robots describe the site', async ({ page, request }) => {
  await page.goto('/locaties/huiskamer-ghanadreef')
  const location = JSON.parse(String(await page.locator('script[type="application/ld+json"]').textContent()))
  expect(location['@type']).toBe('LocalBusiness')
  expect(location.openingHoursSpecification).toContainEqual(
    expect.objectContaining({ dayOfWeek: 'https://schema.org/Tuesday', opens: '10:00', closes: '15:00' }),
  )
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/locaties\/huiskamer-ghanadreef$/)

  await page.goto('/cursussen/ervaring-contact-herstel')
  const course = JSON.parse(String(await page.locator('script[type="application/ld+json"]').textContent()))
  expect(course['@type']).toBe('Course')
  expect(course.hasCourseInstance.length).toBeGreaterThanOrEqual(3)

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  expect(robots).toMatch(/Disallow: \/admin/)
})

test('former locations say they are closed and when', async ({ page }) => {
  await page.goto('/locaties/zwanenvechtplein')
  await expect(page.getByText(/Gesloten sinds .*2015/)).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('navigation works without JavaScript on a phone @phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByText('Menu', { exact: true }).click()
  await page.getByRole('navigation', { name: 'Hoofdmenu (mobiel)' }).getByRole('link', { name: 'Cursus' }).click()
  await expect(page).toHaveURL(/\/cursussen$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await context.close()
})

test('unknown addresses answer 404 with a Dutch page that helps people on their way', async ({ page }) => {
  const response = await page.goto('/bestaat-niet')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
  await expect(page.getByRole('link', { name: /huiskamer bij jou in de buurt/ })).toBeVisible()
  await expectNoAxeViolations(page)
  expect((await page.goto('/locaties/bestaat-niet'))?.status()).toBe(404)
  // A page's own 404 is in the page's language (next/root-params), one h1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
  for (const [path, title] of [['/en/locaties/bestaat-niet', 'This page does not exist (any more)'], ['/ar/cursussen/bestaat-niet', 'هذه الصفحة غير موجودة (أو لم تعد موجودة)']]) {
    expect((await page.goto(path))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expectNoAxeViolations(page)
  }
  // Unmatched URLs are rendered on the server: the help is there without JavaScript too.
  const html = await (await page.request.get('/bestaat-ook-niet')).text()
  expect(html).toContain('Deze pagina bestaat niet (meer)')
  expect(html).toContain('<html lang="nl"')
})

test('the main Dutch and English pages hold only Latin-1 characters, so Node.js sends them as one-byte strings', async ({ request }) => {
  // One character beyond Latin-1 (an en dash, "…", the Arabic language name) made each cached page a
  // two-byte string that the server writes about four times slower (lib/latin1-html.ts).
  for (const path of ['/', '/locaties', '/verhaal', '/cursussen/ervaring-contact-herstel', '/en', '/en/locaties']) {
    const html = await (await request.get(path)).text()
    expect(html.match(/[^\u0000-\u00ff]/gu) ?? [], path).toEqual([])
  }
})

test('pages and scripts are sent with Brotli to browsers that accept it, gzip to the others', async ({ baseURL }) => {
  // As sent on the wire: Brotli's long window makes the page's second copy of its text and styles
  // (the inline RSC payload) almost free, where gzip's 32 kB window cannot reach back (scripts/serve.mjs).
  const get = (path: string, acceptEncoding: string) => raw(new URL(path, baseURL).href, { headers: { 'Accept-Encoding': acceptEncoding } })
  const home = await get('/', 'gzip, deflate, br, zstd')
  const homeGzip = await get('/', 'gzip')
  expect(home.headers['content-encoding']).toBe('br')
  expect(homeGzip.headers['content-encoding']).toBe('gzip')
  const html = brotliDecompressSync(home.raw).toString()
  expect(html).toContain('<h1')
  expect(gunzipSync(homeGzip.raw).toString()).toBe(html)
  expect(home.raw.length).toBeLessThan(homeGzip.raw.length * 0.85)
  const script = html.match(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1]
  expect(script).toBeDefined()
  expect((await get(script!, 'br, gzip')).headers['content-encoding']).toBe('br')
  closeAgents()
})

test('a page fetches no other pages ahead, and its links still navigate @phone', async ({ page }) => {
  const ahead: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('_rsc=')) ahead.push(request.url())
  })
  await page.goto('/locaties', { waitUntil: 'networkidle' })
  await page.mouse.wheel(0, 3000)
  await page.waitForLoadState('networkidle')
  expect(ahead).toEqual([])
  await page.getByRole('link', { name: 'Huiskamer Ghanadreef' }).first().click()
  await expect(page).toHaveURL(/\/locaties\/huiskamer-ghanadreef$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huiskamer Ghanadreef')
})
