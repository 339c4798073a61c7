import { expect, test } from './fixtures'
import { issueHoursCheckToken } from '@/lib/hours-check-link'
import { testEnv, TEST_ADMIN } from '../helpers/testEnv'
import { expectNoAxeViolations } from './helpers'

test.use({ locale: 'nl-NL' })

test("the reminder's one-tap link records today's check, shown on the huiskamer's public page, once", async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const auth = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/locations?where[name][equals]=Huiskamer%20Ghanadreef&limit=1&depth=0', { headers: auth })).json()
  const location = docs[0]
  const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString()
  expect((await request.patch(`/api/locations/${location.id}`, { headers: auth, data: { hoursCheckedAt: old } })).status()).toBe(200)

  const token = issueHoursCheckToken(testEnv('postgres://unused').PAYLOAD_SECRET, { locationId: location.id, issuedAt: Date.now() })
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.200' })
  await page.goto(`/tijden-kloppen/${token}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kloppen de openingstijden nog?')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'De tijden kloppen nog' }).click()
  const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dank je wel!')
  await page.getByRole('link', { name: 'Bekijk de huiskamer op de website' }).click()
  await expect(page.getByText(`Tijden gecontroleerd op ${today}.`)).toBeVisible()

  await page.goto(`/tijden-kloppen/${token}`)
  await expect(page.getByText('Deze link werkt niet (meer).')).toBeVisible()
})
