import type { APIRequestContext } from '@playwright/test'
import { readFileSync } from 'node:fs'
import Parser from 'rss-parser'
import { withDatabaseClient } from '@/lib/database-client'
import { E2E_DATABASE_URL_FILE, TEST_ADMIN } from '../helpers/testEnv'
import { expect, test } from './fixtures'
import { loginToAdmin } from './helpers'

test.use({ locale: 'nl-NL' })

const OLD_SITE_ARTICLES = [
  'Bouwen aan een thuis',
  'Ervaringsdeskundigen werken samen aan herstel in de wijk',
  'Pionieren in de wijk met netwerken rond beschermde woonvormen',
  'Ervaringscoaches helpen wijkbewoners',
]

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  expect(login.status()).toBe(200)
  return { Authorization: `JWT ${(await login.json()).token}` }
}

async function feedTitles(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/nieuws/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await new Parser().parseString(await response.text())
  return feed.items.map((item) => item.title ?? '')
}

test('/nieuws lists the old site’s four articles newest first, each on a dated page with its source @phone', async ({ page }) => {
  await page.goto('/nieuws')
  const titles = page.getByRole('list', { name: 'Berichten, nieuwste eerst' }).getByRole('heading')
  await expect(titles).toHaveText(OLD_SITE_ARTICLES)

  await page.getByRole('link', { name: 'Bouwen aan een thuis' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bouwen aan een thuis')
  await expect(page.locator('time[datetime="2021-11-04"]')).toHaveText('4 november 2021')
  await expect(page.getByText(/verscheen eerder bij U16-gemeenten, Hogeschool Utrecht en Movisie/)).toBeVisible()
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({ '@type': 'Article', headline: 'Bouwen aan een thuis', datePublished: '2021-11-04' })

  // A story whose exact date is unknown says only the year.
  await page.goto('/nieuws/ervaringscoaches-helpen-wijkbewoners')
  await expect(page.locator('time[datetime="2012"]')).toHaveText('2012')
  await expect(page.getByRole('link', { name: 'Huiskamer Ghanadreef' })).toBeVisible()
})

test('stories appear on the home page and on the pages of the huiskamers they are about', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Nieuws en verhalen' }).getByRole('heading', { level: 3 })).toHaveText(OLD_SITE_ARTICLES.slice(0, 3))
  await page.goto('/locaties/huiskamer-ghanadreef')
  await expect(page.getByRole('region', { name: 'Nieuws hierover' }).getByRole('link', { name: 'Ervaringscoaches helpen wijkbewoners' })).toBeVisible()
})

test('a shared story shows a preview: Open Graph and Twitter card with a generated image', async ({ page, request }) => {
  await page.goto('/nieuws/bouwen-aan-een-thuis')
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(image).toMatch(/^http:\/\/localhost:\d+\/nieuws\/bouwen-aan-een-thuis\/deelafbeelding\.png$/)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const png = await request.get(new URL(image!).pathname)
  expect(png.status()).toBe(200)
  expect(png.headers()['content-type']).toBe('image/png')
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG')
})

test('the RSS feed parses, has absolute links and is advertised on every page', async ({ page, request, baseURL }) => {
  const feed = await new Parser().parseString(await (await request.get('/nieuws/feed.xml')).text())
  expect(feed.items.map((item) => item.title)).toEqual(OLD_SITE_ARTICLES)
  for (const item of feed.items) expect(item.link).toMatch(new RegExp(`^${baseURL}/nieuws/[a-z0-9-]+$`))
  await page.goto('/locaties')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/nieuws\/feed\.xml$/)
})

test('a story published in the admin is on /nieuws and in the feed at the next request', async ({ page, request }) => {
  await page.goto('/nieuws')
  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/posts/create')
  await page.getByLabel('Titel').fill('Open dag in de huiskamer')
  await page.getByLabel('Samenvatting').fill('Iedereen is welkom om kennis te maken.')
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect(page.getByText('Bericht succesvol aangemaakt.').first()).toBeVisible({ timeout: 15_000 })

  // The tags were expired on save: the first request after it renders the new list and feed.
  expect(await (await request.get('/nieuws')).text()).toContain('Open dag in de huiskamer')
  expect(await feedTitles(request)).toContain('Open dag in de huiskamer')

  const headers = await adminHeaders(request)
  const { docs } = await (await request.get('/api/posts?where[slug][equals]=open-dag-in-de-huiskamer', { headers })).json()
  expect((await request.delete(`/api/posts/${docs[0].id}`, { headers })).status()).toBe(200)
  expect(await feedTitles(request)).not.toContain('Open dag in de huiskamer')
})

test('a scheduled story goes live by itself', async ({ request }) => {
  test.setTimeout(90_000)
  const headers = await adminHeaders(request)
  const created = await request.post('/api/posts', {
    headers,
    data: { title: 'Gepland bericht', summary: 'Dit bericht kwam vanzelf online.', kind: 'news', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const post = (await created.json()).doc
  await request.get('/nieuws') // cached without the story
  // What the admin's "Publicatie plannen" writes: a schedulePublish job for a moment from now.
  const databaseUrl = readFileSync(E2E_DATABASE_URL_FILE, 'utf8')
  await withDatabaseClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', now() + interval '3 seconds')`,
      [{ type: 'publish', doc: { relationTo: 'posts', value: String(post.id) } }],
    ),
  )
  const onNewsPage = async () => (await (await request.get('/nieuws')).text()).includes('Gepland bericht')
  expect(await onNewsPage()).toBe(false)
  // The server's job runner looks every 10 seconds.
  await expect(async () => {
    expect(await onNewsPage()).toBe(true)
    expect(await feedTitles(request)).toContain('Gepland bericht')
    expect((await request.get(`/nieuws/${post.slug}`)).status()).toBe(200)
  }).toPass({ timeout: 40_000, intervals: [500] })
  expect((await request.delete(`/api/posts/${post.id}`, { headers })).status()).toBe(200)
})

test('older stories are on further static pages, ten per page', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const ids: number[] = []
  try {
    for (let n = 1; n <= 8; n++) {
      const created = await request.post('/api/posts', {
        headers,
        data: { title: `Weekbericht ${n}`, summary: 'Wat er deze week gebeurde.', kind: 'news', _status: 'published', publishedAt: `2026-0${n}-01` },
      })
      expect(created.status()).toBe(201)
      ids.push((await created.json()).doc.id)
    }
    await page.goto('/nieuws')
    await expect(page.getByRole('list', { name: 'Berichten, nieuwste eerst' }).getByRole('listitem')).toHaveCount(10)
    await expect(page.getByText('Pagina 1 van 2')).toBeVisible()
    await page.getByRole('link', { name: 'Oudere berichten' }).click()
    await expect(page).toHaveURL(/\/nieuws\/pagina\/2$/)
    await expect(page.getByRole('list', { name: 'Berichten, nieuwste eerst' }).getByRole('heading')).toHaveText(OLD_SITE_ARTICLES.slice(2))
    expect((await request.get('/nieuws/pagina/3')).status()).toBe(404)
    const first = await request.get('/nieuws/pagina/1', { maxRedirects: 0 })
    expect(first.status()).toBe(308)
  } finally {
    for (const id of ids) await request.delete(`/api/posts/${id}`, { headers })
  }
  expect((await request.get('/nieuws/pagina/2')).status()).toBe(404)
})

test('a story prints without the site’s navigation', async ({ page }) => {
  await page.goto('/nieuws/bouwen-aan-een-thuis')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
  await expect(page.locator('footer')).toBeHidden()
})
