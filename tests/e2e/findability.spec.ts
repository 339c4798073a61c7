import type { APIRequestContext } from '@playwright/test'
import { readFileSync } from 'node:fs'
import ical, { type VEvent } from 'node-ical'
import { withDatabaseClient } from '@/lib/database-client'
import { E2E_DATABASE_URL_FILE, TEST_ADMIN } from '../helpers/testEnv'
import { expect, test } from './fixtures'
import { expectNoAxeViolations, loginToAdmin } from './helpers'

test.use({ locale: 'nl-NL' })

/** Follow redirects one by one: the status of each hop and where the chain ends. */
async function redirectChain(request: APIRequestContext, path: string): Promise<{ statuses: number[]; end: string }> {
  const statuses: number[] = []
  let current = path
  for (let hop = 0; hop < 5; hop++) {
    const response = await request.get(current, { maxRedirects: 0 })
    statuses.push(response.status())
    const location = response.headers()['location']
    if (!location) break
    current = new URL(location, `http://localhost${current}`).pathname
  }
  return { statuses, end: current }
}

const OLD_ADDRESSES: [string, string][] = [
  ['/over-ons/achtergrond-doen-en-laten/', '/verhaal'],
  ['/ervaring-contact-herstel/our_team/', '/team'],
  ['/ervaring-contact-herstel/', '/cursussen/ervaring-contact-herstel'],
  ['/feed/', '/nieuws/feed.xml'],
  ['/wp-admin', '/admin'],
  ['/wp-login.php', '/admin'],
]

test('the old site’s addresses redirect permanently, with or without trailing slash', async ({ request }) => {
  for (const [old, target] of OLD_ADDRESSES) {
    for (const spelling of [old, old.endsWith('/') ? old.slice(0, -1) : `${old}/`]) {
      const { statuses, end } = await redirectChain(request, spelling)
      expect(end, spelling).toBe(target)
      expect(statuses.slice(0, -1).every((status) => status === 301 || status === 308), `${spelling}: ${statuses}`).toBe(true)
    }
  }
  // Unknown old addresses still get the Dutch 404.
  expect((await request.get('/over-ons/bestaat-niet/')).status()).toBe(404)
})

test('admins edit the redirects, and a change applies at once', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const created = await request.post('/api/redirects', {
    headers,
    data: { from: 'https://doenenlatenutrecht.nl/Evenementen/', to: { type: 'custom', url: '/agenda' } },
  })
  expect(created.status()).toBe(201)
  expect((await created.json()).doc.from).toBe('/evenementen')
  expect((await redirectChain(request, '/evenementen')).end).toBe('/agenda')
  expect((await request.post('/api/redirects', { data: { from: '/x', to: { type: 'custom', url: '/' } } })).status()).toBe(403)
  expect((await request.delete(`/api/redirects/${(await created.json()).doc.id}`, { headers })).status()).toBe(200)
  expect((await request.get('/evenementen')).status()).toBe(404)
})

/** How often the servers under test ran a statement that reads the redirects table (pg_stat_statements). */
async function redirectQueries(): Promise<number> {
  return withDatabaseClient(readFileSync(E2E_DATABASE_URL_FILE, 'utf8'), async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    const { rows } = await client.query(`SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements WHERE query ILIKE '%"redirects"%'`)
    return rows[0].calls as number
  })
}

/** Locations may come relative (same origin) or absolute. */
const SITE = 'http://localhost'

const SCANNED_ADDRESSES = ['/xmlrpc.php', '/.env', '/wp-content/plugins/x/readme.txt', '/wp-includes/wlwmanifest.xml', '/old/backup.zip', '/phpmyadmin']

test('an unknown address gets the static Dutch 404 without a database query', async ({ request }) => {
  // The table is in memory once any old address has been looked up.
  expect((await request.get('/wp-login.php', { maxRedirects: 0 })).status()).toBe(301)
  const before = await redirectQueries()
  for (let round = 0; round < 5; round++) {
    for (const address of SCANNED_ADDRESSES) {
      const response = await request.get(address, { maxRedirects: 0 })
      expect(response.status(), address).toBe(404)
      expect(await response.text()).toContain('Deze pagina bestaat niet (meer)')
    }
  }
  expect(await redirectQueries()).toBe(before)
  // The counter does see this server's queries: the REST API reads the table.
  expect((await request.get('/api/redirects?limit=1')).status()).toBe(200)
  expect(await redirectQueries()).toBeGreaterThan(before)
})

test('a redirect edited in the admin applies on the next request, also to an address cached as unknown', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  expect((await request.get('/oude-cursusagenda', { maxRedirects: 0 })).status()).toBe(404)
  const created = await request.post('/api/redirects', { headers, data: { from: '/oude-cursusagenda/', to: { type: 'custom', url: '/cursussen' } } })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  const first = await request.get('/oude-cursusagenda', { maxRedirects: 0 })
  expect(first.status()).toBe(301)
  expect(new URL(first.headers()['location'], SITE).pathname).toBe('/cursussen')
  const changed = await request.patch(`/api/redirects/${id}`, { headers, data: { to: { type: 'custom', url: '/agenda' } } })
  expect(changed.status()).toBe(200)
  expect(new URL((await request.get('/oude-cursusagenda', { maxRedirects: 0 })).headers()['location'], SITE).pathname).toBe('/agenda')
  expect((await request.delete(`/api/redirects/${id}`, { headers })).status()).toBe(200)
  expect((await request.get('/oude-cursusagenda', { maxRedirects: 0 })).status()).toBe(404)
})

test('a flood of searches from one visitor is refused in Dutch, the words kept; another visitor searches on', async ({ page, request }) => {
  const flooder = { 'X-Forwarded-For': '203.0.113.77' }
  let refused: Awaited<ReturnType<typeof request.get>> | undefined
  for (let i = 0; i < 40 && !refused; i++) {
    const response = await request.get(`/zoeken?q=huiskamer+${i}`, { headers: flooder })
    if (response.status() === 429) refused = response
    else expect(response.status()).toBe(200)
  }
  expect(refused, 'no search was refused').toBeDefined()
  expect(Number(refused!.headers()['retry-after'])).toBeGreaterThan(0)
  // Another visitor meanwhile: searches and pages as usual.
  const other = { 'X-Forwarded-For': '203.0.113.78' }
  expect((await request.get('/zoeken?q=overvecht', { headers: other })).status()).toBe(200)
  expect((await request.get('/locaties', { headers: flooder })).status()).toBe(200)
  // What the refused visitor sees: a Dutch explanation and the search box with their words.
  await page.setExtraHTTPHeaders(flooder)
  const shown = await page.goto('/zoeken?q=huiskamer+overvecht')
  expect(shown?.status()).toBe(429)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Even wachten met zoeken')
  await expect(page.getByRole('searchbox', { name: 'Zoekwoorden' })).toHaveValue('huiskamer overvecht')
  await expectNoAxeViolations(page)
})

test('a favicon, touch icon and web app manifest in the site’s colours', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest).toMatchObject({ lang: 'nl', display: 'standalone', theme_color: '#0e5a55', start_url: '/' })
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200)
  await page.goto('/')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png')
})

test('the help line calls 113 with one tap and links its chat @phone', async ({ page }) => {
  await page.goto('/')
  const helpLine = page.getByRole('complementary', { name: 'Direct hulp nodig?' })
  await expect(helpLine.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113')
  await expect(helpLine.getByRole('link', { name: 'chat' })).toHaveAttribute('href', 'https://www.113.nl/')
})

test('the admin shows Dutch dates with a 24-hour clock, and years with months', async ({ page }) => {
  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/locations?limit=50')
  // "Actief tot" is a month: with its year.
  await expect(page.getByRole('cell', { name: 'juni 2017', exact: true }).first()).toBeVisible()
  await page.getByRole('link', { name: 'Maliegilde (Demkaweg)' }).click()
  await expect(page.getByText('Actief tot', { exact: true }).first()).toBeVisible()
  // The date pickers load after the form. (Their month names follow Payload's date picker locale.)
  const inputValues = () => page.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  await expect.poll(inputValues).toContainEqual(expect.stringMatching(/^\p{L}+ 2017$/u))
  // "Laatst gewijzigd" and "Aangemaakt" in the sidebar: Dutch, 24-hour.
  await expect(page.getByText(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}, \d{2}:\d{2}$/).first()).toBeVisible()
  await expect(page.getByText(/\d:\d{2} (AM|PM)/)).toHaveCount(0)
  await page.locator('a[href="/admin"]').first().click()
})

test('a coordinator edits opening hours on a phone without the page scrolling sideways @phone', async ({ page }) => {
  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/locations?limit=50')
  await page.getByRole('link', { name: 'Huiskamer Ghanadreef' }).click()
  await expect(page.getByLabel('maandag open')).toBeVisible()
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  const table = await page.locator('.week-hours').boundingBox()
  expect(table!.width).toBeLessThanOrEqual(clientWidth)
  await page.locator('a[href="/admin"]').first().click()
})

/** How often the servers under test ran the site search's statement (pg_stat_statements). */
async function searchQueries(): Promise<number> {
  return withDatabaseClient(readFileSync(E2E_DATABASE_URL_FILE, 'utf8'), async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    const { rows } = await client.query(`SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements WHERE query ILIKE '%FROM search_documents%'`)
    return rows[0].calls as number
  })
}

test('a repeated search is a cached page, and an edit to what it searches shows in it on the next request', async ({ request }) => {
  const word = `zoekproef${Date.now().toString(36)}`
  const visitor = { 'X-Forwarded-For': '203.0.113.90' }
  const search = async () => {
    const response = await request.get(`/zoeken?q=${word}`, { headers: visitor })
    expect(response.status()).toBe(200)
    return { html: await response.text(), cache: response.headers()['x-nextjs-cache'] }
  }
  expect((await search()).html).toContain(`Niets gevonden voor &quot;${word}&quot;`)
  const before = await searchQueries()
  for (let i = 0; i < 3; i++) expect((await search()).cache).toBe('HIT')
  expect(await searchQueries()).toBe(before)

  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/partners?limit=1&depth=0&sort=id', { headers })).json()
  const partner = docs[0] as { id: number; name: string; description: string }
  const changed = await request.patch(`/api/partners/${partner.id}`, { headers, data: { description: `${partner.description} ${word}` } })
  expect(changed.status()).toBe(200)
  try {
    const after = await search()
    expect(after.cache).not.toBe('HIT')
    expect(after.html).toContain(`1 resultaat voor &quot;${word}&quot;`)
    expect(after.html).toContain(partner.name)
  } finally {
    expect((await request.patch(`/api/partners/${partner.id}`, { headers, data: { description: partner.description } })).status()).toBe(200)
  }
})

test('search finds Dutch word forms from the header, without JavaScript @phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('search', { name: 'Zoek op de site' }).getByRole('searchbox').fill('overvecht')
  await page.getByRole('search', { name: 'Zoek op de site' }).getByRole('button', { name: 'Zoeken' }).click()
  await expect(page).toHaveURL(/\/zoeken\?q=overvecht$/)
  const results = page.getByRole('region', { name: /resultaten voor "overvecht"/ })
  await expect(results.getByRole('link', { name: 'Huiskamer Ghanadreef' })).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText(/overvecht/i)

  await page.goto('/zoeken?q=cursussen')
  await expect(page.getByRole('link', { name: 'Ervaring, Contact, Herstel' }).first()).toBeVisible()
  await page.goto('/zoeken?q=ervaringscoach')
  await expect(page.getByRole('link', { name: 'Ervaring, Contact, Herstel' }).first()).toBeVisible()
  await page.goto('/zoeken?q=qwertyzxcv')
  await expect(page.getByRole('heading', { name: 'Niets gevonden voor "qwertyzxcv"' })).toBeVisible()
  await context.close()
})

const parseEvents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT')

test('the agenda lists what is coming, each item and the whole agenda as .ics a phone can read', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/locations?where[slug][equals]=huiskamer-ghanadreef&depth=0')).json()
  const startsAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000)
  startsAt.setUTCHours(11, 30, 0, 0)
  const created = await request.post('/api/activities', {
    headers,
    data: { title: 'Samen koken', kind: 'activity', startsAt: startsAt.toISOString(), location: docs[0].id, summary: 'We koken en eten samen.' },
  })
  expect(created.status()).toBe(201)
  const activity = (await created.json()).doc
  try {
    expect((await (await request.get('/agenda')).text()).includes('Samen koken')).toBe(true)
    await page.goto('/agenda')
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Samen koken' }) })
    await expect(item).toContainText('Huiskamer Ghanadreef')
    await expect(page.getByRole('heading', { name: /Ervaring, Contact, Herstel \(ECH\): Voorjaar 2027/ })).toBeVisible()

    const download = await request.get(await item.getByRole('link', { name: /Zet in je agenda/ }).getAttribute('href') as string)
    expect(download.headers()['content-type']).toContain('text/calendar')
    const [event] = parseEvents(await download.text())
    expect(event).toMatchObject({ summary: 'Samen koken', uid: `activiteit-${activity.id}@localhost` })
    expect(event.start.toISOString()).toBe(startsAt.toISOString())
    expect((event.start as { tz?: string }).tz).toBe('Europe/Amsterdam')

    const feed = parseEvents(await (await request.get('/agenda.ics')).text())
    expect(feed.map((entry) => entry.summary)).toEqual(expect.arrayContaining(['Samen koken', expect.stringContaining('Voorjaar 2027')]))

    const hours = parseEvents(await (await request.get('/locaties/huiskamer-ghanadreef/agenda.ics')).text())
    expect(hours.length).toBeGreaterThan(0)
    for (const opening of hours) expect(opening.rrule?.toString()).toContain('FREQ=WEEKLY')
  } finally {
    expect((await request.delete(`/api/activities/${activity.id}`, { headers })).status()).toBe(200)
  }
})

test('a coordinator starts at their own huiskamer on a phone, and sees only what they can change @phone', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/locations?where[slug][equals]=huiskamer-marco-pololaan&depth=0')).json()
  const coordinator = { email: `start-${test.info().project.name}@test.doenenlaten.local`, password: 'start-coordinator-password' }
  const created = await request.post('/api/users', { headers, data: { ...coordinator, role: 'coordinator', locations: [docs[0].id] } })
  expect(created.status()).toBe(201)

  await loginToAdmin(page, coordinator)
  const start = page.getByRole('region', { name: 'Jouw huiskamers' })
  await expect(start.getByRole('heading', { name: 'Huiskamer Marco Pololaan' })).toBeVisible()
  await start.getByRole('button', { name: /Tijden van Huiskamer Marco Pololaan vandaag gecontroleerd/ }).click()
  await expect(start.getByRole('status')).toHaveText(/Vandaag gecontroleerd/)
  const checked = await (await request.get(`/api/locations/${docs[0].id}?depth=0`)).json()
  expect(new Date(checked.hoursCheckedAt).toDateString()).toBe(new Date().toDateString())

  // Nothing in the menu they can only look at; their list holds their own huiskamer only.
  for (const hidden of ['Cursussen', 'Partners', 'Tijdlijn', 'Gebruikers', 'Site-instellingen']) {
    await expect(page.locator(`a[href^="/admin/"]`, { hasText: new RegExp(`^${hidden}$`) })).toHaveCount(0)
  }
  await page.goto('/admin/collections/locations')
  await expect(page.getByRole('link', { name: 'Huiskamer Marco Pololaan' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Zwanenvechtplein' })).toHaveCount(0)

  await page.goto('/admin')
  await start.getByRole('link', { name: 'Openingstijden aanpassen' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/locations/${docs[0].id}$`))
  await expect(page.getByLabel('maandag open')).toBeVisible()
  await page.locator('a[href="/admin"]').first().click()
})
