import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { TEST_ADMIN } from '../helpers/testEnv'
import { loginToAdmin } from './helpers'

const LANGUAGES = [
  { code: 'en', dir: 'ltr' },
  { code: 'tr', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
] as const

const CORE_PAGES = ['/', '/locaties', '/locaties/huiskamer-ghanadreef', '/cursussen', '/cursussen/ervaring-contact-herstel', '/zoeken?q=overvecht', '/agenda', '/contact']

const prefixed = (code: string, path: string) => (path === '/' ? `/${code}` : `/${code}${path}`)

test('the core pages exist in English, Turkish and Arabic with the right lang and dir, and no axe violations (WCAG 2.2 AA) @phone', async ({ page }) => {
  // Eight pages in three languages, each with a full axe run: a budget for the amount of work.
  test.setTimeout(300_000)
  for (const { code, dir } of LANGUAGES) {
    for (const path of CORE_PAGES) {
      const address = prefixed(code, path)
      const response = await page.goto(address)
      expect(response?.status(), address).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page.locator('h1'), address).toHaveCount(1)
      const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
      expect(scrollsSideways, `${address} scrolls sideways`).toBe(false)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), address).toEqual([])
    }
  }
})

test('every language version names all the others (hreflang, reciprocal, with x-default) and its own canonical address', async ({ page }) => {
  const expected = {
    nl: '/locaties/huiskamer-ghanadreef',
    en: '/en/locaties/huiskamer-ghanadreef',
    tr: '/tr/locaties/huiskamer-ghanadreef',
    ar: '/ar/locaties/huiskamer-ghanadreef',
    'x-default': '/locaties/huiskamer-ghanadreef',
  }
  for (const [code, path] of Object.entries(expected).filter(([code]) => code !== 'x-default')) {
    await page.goto(path)
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '', location.href).pathname])),
    )
    expect(alternates, code).toEqual(expected)
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical ?? '', page.url()).pathname).toBe(path)
  }
})

test('the sitemap lists each page once with its language versions', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('hreflang="ar"')
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="tr" href="[^"]+\/tr\/cursussen"/)
  expect(sitemap).toMatch(/hreflang="x-default" href="[^"]+\/cursussen"/)
  expect(sitemap).not.toMatch(/<loc>[^<]+\/en\//)
})

test('the language switcher works without JavaScript and keeps the visitor on the same page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/locaties/huiskamer-ghanadreef')
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'العربية' }).click()
  await expect(page).toHaveURL(/\/ar\/locaties\/huiskamer-ghanadreef$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/locaties/huiskamer-ghanadreef')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/locaties\/huiskamer-ghanadreef$/)
  await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible()
  await context.close()
})

test('the Dutch address is the only one: /nl/… redirects to the address without a prefix', async ({ request }) => {
  const response = await request.get('/nl/locaties', { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(response.headers().location).toBe('/locaties')
})

test('seeded translations show in their language; untranslated parts fall back visibly to Dutch', async ({ page }) => {
  await page.goto('/en/locaties/huiskamer-ghanadreef')
  // The seeded English "what to expect" is English, not marked Dutch.
  const expectSection = page.getByRole('region', { name: 'What can you expect?' })
  await expect(expectSection.locator('p[lang="nl"]')).toHaveCount(0)
  await expect(expectSection).not.toContainText('Een afspraak')
  // The description has no English version yet: the Dutch text with a note in English, marked lang="nl".
  const about = page.getByRole('region', { name: 'About this place' })
  await expect(about.getByRole('note')).toHaveText(/not yet available in English/)
  await expect(about.locator('[lang="nl"]')).toHaveCount(1)

  // A page whose words are not translated yet: a note, and the page's text marked Dutch.
  await page.goto('/tr/privacy')
  await expect(page.getByRole('note')).toHaveText(/Türkçe|Hollandaca/)
  await expect(page.locator('main [lang="nl"] h1')).toHaveCount(1)
})

test('dates, weekdays and "open now" speak the page\'s language; numbers stay Western in Arabic @phone', async ({ page }) => {
  await page.goto('/en/locaties/huiskamer-ghanadreef')
  await expect(page.getByRole('table')).toContainText('Monday')
  await expect(page.getByRole('status').first()).toHaveText(/^(Open now|Closed now)/)
  await page.goto('/ar/locaties/huiskamer-ghanadreef')
  const table = await page.getByRole('table').innerText()
  expect(table).toMatch(/\d\d:\d\d/)
  expect(table).not.toMatch(/[٠-٩]/)
})

test('search works per language and falls back to Dutch texts', async ({ page }) => {
  await page.goto('/en/zoeken?q=overvecht')
  const results = page.getByRole('main').getByRole('listitem')
  await expect(results.first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Huiskamer Ghanadreef' })).toHaveAttribute('href', '/en/locaties/huiskamer-ghanadreef')
})

test('a Dutch edit shows at once on the pages of every language that fall back to it', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/locations?where[slug][equals]=huiskamer-ghanadreef&depth=0')).json()
  const id = docs[0].id
  // Warm the cached English and Arabic pages first, so the check is about expiry, not a first render.
  await page.goto('/en/locaties/huiskamer-ghanadreef')
  await page.goto('/ar/locaties/huiskamer-ghanadreef')
  const original = (await (await request.get(`/api/locations/${id}?locale=nl&depth=0`)).json()).accessibility
  const text = 'Er is een lift naar de eerste verdieping.'
  expect((await request.patch(`/api/locations/${id}?locale=nl`, { headers, data: { accessibility: text } })).status()).toBe(200)
  try {
    for (const code of ['en', 'ar']) {
      await page.goto(`/${code}/locaties/huiskamer-ghanadreef`)
      await expect(page.locator('p[lang="nl"]', { hasText: text })).toBeVisible()
    }
  } finally {
    await request.patch(`/api/locations/${id}?locale=nl`, { headers, data: { accessibility: original ?? null } })
  }
})

test.describe('editors', () => {
  test.use({ locale: 'nl-NL' })

  test('see which translations exist and which need work, and filter the list on it', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: TEST_ADMIN })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const created = await request.post('/api/partners', { headers, data: { name: 'Vertaaltest', kind: 'care', description: 'Een korte Nederlandse tekst.' } })
    expect(created.status()).toBe(201)
    const id = (await created.json()).doc.id
    expect((await request.patch(`/api/partners/${id}?locale=en`, { headers, data: { description: 'A short English text.' } })).status()).toBe(200)
    try {
      await loginToAdmin(page, TEST_ADMIN)
      await page.goto(`/admin/collections/partners/${id}`)
      const overview = page.getByRole('heading', { name: 'Vertalingen' }).locator('..')
      await expect(overview).toContainText('English: moet nagekeken worden')
      await expect(overview).toContainText('Türkçe: nog niet vertaald')
      await page.goto('/admin/collections/partners?where[needsTranslation][equals]=true')
      await expect(page.getByRole('link', { name: 'Vertaaltest' })).toBeVisible()
    } finally {
      await request.delete(`/api/partners/${id}`, { headers })
    }
  })
})
