import { test } from './fixtures'
import { TEST_ADMIN } from '../helpers/testEnv'
import { loginToAdmin } from './helpers'
test('debug overflow @phone', async ({ page }) => {
  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/locations?limit=50')
  await page.getByRole('link', { name: 'Huiskamer Ghanadreef' }).click()
  await page.getByLabel('maandag open').waitFor()
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1).slice(0, 25).map((el) => `${el.tagName}.${el.className} right=${Math.round(el.getBoundingClientRect().right)} w=${Math.round(el.getBoundingClientRect().width)}`)
  })
  console.log('WIDE', JSON.stringify(wide, null, 1))
})
