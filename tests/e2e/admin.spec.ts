import { expect, test } from './fixtures'
import { TEST_ADMIN } from '../helpers/testEnv'
import { loginToAdmin } from './helpers'

test.use({ locale: 'nl-NL' })

test('an admin logs in to the admin panel', async ({ page }) => {
  await loginToAdmin(page, TEST_ADMIN)
  await expect(page.getByRole('link', { name: /Locaties/ }).first()).toBeVisible()
})

test('the REST API is public for content and closed for users', async ({ request }) => {
  const locations = await request.get('/api/locations?limit=1')
  expect(locations.status()).toBe(200)
  expect((await request.get('/api/users')).status()).toBe(403)
  expect((await request.post('/api/locations', { data: { name: 'x' } })).status()).toBe(403)
})
