import type { APIRequestContext } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { withDatabaseClient } from '@/lib/database-client'
import { expect, test } from './fixtures'
import { E2E_DATABASE_URL_FILE, TEST_ADMIN } from '../helpers/testEnv'
import { loginToAdmin } from './helpers'

const COORDINATOR = { email: 'e2e-coordinator@test.doenenlaten.local', password: 'e2e-coordinator-password-1' }

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: TEST_ADMIN })
  expect(response.status()).toBe(200)
  return (await response.json()).token
}

async function locationId(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/locations?where[slug][equals]=${slug}&depth=0`)
  return (await response.json()).docs[0].id
}

test.use({ locale: 'nl-NL' })

test('a coordinator edits their huiskamer hours and the next visit to the public page shows them', async ({ page, request }) => {
  const own = await locationId(request, 'huiskamer-ghanadreef')
  const other = await locationId(request, 'huiskamer-marco-pololaan')
  const token = await adminToken(request)
  const created = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { ...COORDINATOR, name: 'E2E Coördinator', role: 'coordinator', locations: [own] },
  })
  expect(created.status()).toBe(201)

  // The public page is cached before the edit.
  await page.goto('/locaties/huiskamer-ghanadreef')
  await expect(page.getByRole('table', { name: 'Elke week' }).getByRole('row', { name: /maandag/ })).toContainText('Gesloten')

  await loginToAdmin(page, COORDINATOR)

  await page.goto(`/admin/collections/locations/${own}`)
  await page.getByLabel('maandag open').check()
  await page.getByLabel('maandag van').fill('09:00')
  await page.getByLabel('maandag tot').fill('12:30')
  await page.getByRole('button', { name: 'Tijden vandaag gecontroleerd' }).click()
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect(page.getByText('Succesvol aangepast.').first()).toBeVisible({ timeout: 15_000 })

  // Once the save is confirmed, the very next visit shows the new hours: the page's tags were expired
  // on save (pages are otherwise cached for an hour). How fast that is, is the benchmark's business.
  const visitor = await page.context().browser()!.newPage()
  await visitor.goto('/locaties/huiskamer-ghanadreef')
  await expect(visitor.getByRole('table', { name: 'Elke week' }).getByRole('row', { name: /maandag/ })).toContainText('09:00 tot 12:30 uur')
  await expect(visitor.getByText(/Tijden gecontroleerd op/)).toBeVisible()
  await visitor.close()

  // Another huiskamer is refused, through the API the admin panel uses.
  const refused = await page.request.patch(`/api/locations/${other}`, { data: { accessibility: 'Niet van mij' } })
  expect(refused.status()).toBe(403)
})

test('a renamed location keeps its old address working', async ({ request }) => {
  const token = await adminToken(request)
  const id = await locationId(request, 'huiskamer-beatrixlaan-vorstelijk-complex')
  const renamed = await request.patch(`/api/locations/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { slug: 'huiskamer-zuilen' },
  })
  expect(renamed.status()).toBe(200)
  const old = await request.get('/locaties/huiskamer-beatrixlaan-vorstelijk-complex', { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers()['location']).toMatch(/\/locaties\/huiskamer-zuilen$/)
  expect((await request.get('/locaties/huiskamer-zuilen')).status()).toBe(200)
})

test('drafts stay off the public site and open in the staff-only preview', async ({ page, request }) => {
  const token = await adminToken(request)
  const id = await locationId(request, 'huiskamer-marco-pololaan')
  const draft = await request.patch(`/api/locations/${id}?draft=true`, {
    headers: { Authorization: `JWT ${token}` },
    data: { summary: 'Conceptzin die nog niet openbaar is.', _status: 'draft' },
  })
  expect(draft.status()).toBe(200)

  await page.goto('/locaties/huiskamer-marco-pololaan')
  await expect(page.getByText('Conceptzin die nog niet openbaar is.')).toHaveCount(0)
  expect((await page.request.get('/preview?collection=locations&slug=huiskamer-marco-pololaan', { maxRedirects: 0 })).status()).toBe(401)

  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/preview?collection=locations&slug=huiskamer-marco-pololaan')
  await expect(page.getByText('Conceptzin die nog niet openbaar is.')).toBeVisible()
  await expect(page.getByText(/Voorbeeldweergave/)).toBeVisible()
})

test('a closure replaces the regular hours while it applies', async ({ page, request }) => {
  const token = await adminToken(request)
  const id = await locationId(request, 'huiskamer-ghanadreef')
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })
  const nextWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })
  const updated = await request.patch(`/api/locations/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { closures: [{ from: today, until: nextWeek, reason: 'Vakantie' }] },
  })
  expect(updated.status()).toBe(200)

  await page.goto('/locaties/huiskamer-ghanadreef')
  await expect(page.getByRole('heading', { name: /Nu gesloten tot en met .*: Vakantie/ })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(/^Nu gesloten/)
  await expect(page.getByRole('table', { name: 'Elke week (na de sluiting)' })).toBeVisible()

  const cleared = await request.patch(`/api/locations/${id}`, { headers: { Authorization: `JWT ${token}` }, data: { closures: [] } })
  expect(cleared.status()).toBe(200)
})

test('security.txt appears once an admin sets a contact and an expiry date, and goes with them', async ({ request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  expect((await request.get('/.well-known/security.txt')).status()).toBe(404)
  const saved = await request.post('/api/globals/site-settings', {
    headers,
    data: { security: { contact: 'meldingen@test.doenenlaten.local', expires: '2027-09-30T00:00:00.000Z' } },
  })
  expect(saved.status()).toBe(200)
  try {
    const response = await request.get('/.well-known/security.txt')
    expect(response.status()).toBe(200)
    const text = await response.text()
    expect(text).toContain('Contact: mailto:meldingen@test.doenenlaten.local')
    expect(text).toContain('Expires: 2027-09-30T00:00:00.000Z')
  } finally {
    await request.post('/api/globals/site-settings', { headers, data: { security: { contact: null, expires: null } } })
  }
})

test('an account removed outside the admin takes its document locks along, and the admin keeps working', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const id = await locationId(request, 'huiskamer-marco-pololaan')
  const leaver = await request.post('/api/users', {
    headers,
    data: { email: 'e2e-vertrokken@test.doenenlaten.local', password: 'e2e-vertrokken-password', role: 'coordinator', locations: [id] },
  })
  expect(leaver.status()).toBe(201)
  const leaverId = (await leaver.json()).doc.id
  // The lock an open edit view leaves when its tab is closed.
  const lock = await request.post('/api/payload-locked-documents', {
    headers,
    data: { document: { relationTo: 'locations', value: id }, user: { relationTo: 'users', value: leaverId } },
  })
  expect(lock.status()).toBe(201)
  // The account goes without Payload's hooks (by hand in SQL): the database removes the lock with it
  // (migration 20261126_211800_locks_follow_users); a lock without a user breaks Payload's edit view.
  const databaseUrl = readFileSync(E2E_DATABASE_URL_FILE, 'utf8')
  await withDatabaseClient(databaseUrl, (client) => client.query('DELETE FROM users WHERE id = $1', [leaverId]))
  const locks = await request.get(`/api/payload-locked-documents?where[document.value][equals]=${id}`, { headers })
  expect((await locks.json()).totalDocs).toBe(0)

  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/locations?limit=50')
  await expect(page.getByRole('link', { name: 'Huiskamer Marco Pololaan' })).toBeVisible()
  await page.goto(`/admin/collections/locations/${id}`)
  await page.getByLabel('zondag open').check()
  await page.getByLabel('zondag van').fill('13:00')
  await page.getByLabel('zondag tot').fill('16:00')
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect(page.getByText('Succesvol aangepast.').first()).toBeVisible({ timeout: 15_000 })

  const restored = await request.get(`/api/locations/${id}?depth=0`, { headers })
  const location = await restored.json()
  expect(location.openingHours).toContainEqual(expect.objectContaining({ day: 'sunday', opens: '13:00', closes: '16:00' }))
})
