import type { Page } from '@playwright/test'
import { TEST_ADMIN } from '../helpers/testEnv'
import { expect, test } from './fixtures'
import { expectNoAxeViolations, loginToAdmin } from './helpers'

test.use({ locale: 'nl-NL' })

/**
 * The browser's speech synthesis, replaced before the page loads (a headless browser has no voices):
 * it offers the given voices, records what it is asked to say, and finishes an utterance only when the
 * test calls window.__finishUtterance(), so the test sees each sentence while it is "being read".
 */
async function stubSpeech(page: Page, languages: string[]): Promise<void> {
  await page.addInitScript((langs: string[]) => {
    const state = window as unknown as { __spoken: string[]; __finishUtterance: () => void; __current?: { onend?: () => void } }
    state.__spoken = []
    const voices = langs.map((lang) => ({ lang, name: `Stub ${lang}`, voiceURI: `stub-${lang}`, default: true, localService: true }))
    class Utterance {
      text: string
      lang = ''
      voice: unknown = null
      onstart?: () => void
      onend?: () => void
      constructor(text: string) {
        this.text = text
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance })
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        addEventListener() {},
        removeEventListener() {},
        speak(utterance: Utterance) {
          state.__spoken.push(utterance.text)
          state.__current = utterance
          setTimeout(() => utterance.onstart?.(), 0)
        },
        cancel() {
          state.__current = undefined
        },
        pause() {},
        resume() {},
      },
    })
    state.__finishUtterance = () => {
      const current = state.__current
      state.__current = undefined
      current?.onend?.()
    }
  }, languages)
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud')
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null
  })

test('a visitor has a huiskamer page read aloud, the sentence being read highlighted, with the keyboard @phone', async ({ page }) => {
  await stubSpeech(page, ['en-GB', 'nl-NL'])
  await page.goto('/locaties/huiskamer-ghanadreef')
  const controls = page.getByRole('group', { name: 'Voorlezen' })
  const play = controls.getByRole('button', { name: 'Lees voor' })
  await expect(play).toBeVisible()
  await expectNoAxeViolations(page)

  await play.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => spoken(page)).toEqual(['Huiskamer Ghanadreef'])
  await expect.poll(() => highlighted(page)).toBe('Huiskamer Ghanadreef')
  await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance())
  await expect.poll(async () => (await spoken(page)).length).toBe(2)
  const [, second] = await spoken(page)
  expect(second.length).toBeGreaterThan(10)
  await expect.poll(() => highlighted(page)).toBe(second)

  await controls.getByRole('button', { name: 'Pauzeer' }).click()
  await expect(controls.getByRole('button', { name: 'Ga verder' })).toBeVisible()
  await controls.getByRole('button', { name: 'Stop' }).click()
  await expect(play).toBeVisible()
  expect(await highlighted(page)).toBeNull()
})

test('read-aloud is on course, story and history pages, and only when the browser has a voice for the language', async ({ page, browser }) => {
  await stubSpeech(page, ['nl-BE'])
  for (const path of ['/cursussen/ervaring-contact-herstel', '/nieuws/bouwen-aan-een-thuis', '/verhaal']) {
    await page.goto(path)
    await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible()
  }

  const english = await browser.newContext()
  const withoutDutch = await english.newPage()
  await stubSpeech(withoutDutch, ['en-GB'])
  await withoutDutch.goto('/verhaal')
  await expect(withoutDutch.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(withoutDutch.getByRole('button', { name: 'Lees voor' })).toHaveCount(0)
  await english.close()

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await noScript.newPage()
  await plain.goto('/verhaal')
  await expect(plain.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(plain.getByRole('button', { name: 'Lees voor' })).toHaveCount(0)
  await noScript.close()
})

test('a writer sees plain-language hints while typing a summary, and can still save', async ({ page, request }) => {
  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/posts/create')
  await page.getByLabel('Titel').fill('Meedoen in de wijk')
  const summary =
    'Middels deze bijeenkomst willen wij bewoners die in de wijk woonachtig zijn de gelegenheid bieden om actief te participeren in de activiteiten van de huiskamer.'
  await page.getByLabel('Samenvatting').fill(summary)
  const hints = page.getByRole('status', { name: 'Eenvoudige taal' }).first()
  await expect(hints).toContainText('Leesbaarheid')
  await expect(hints).toContainText('Lange zin (25 woorden')
  await expect(hints).toContainText('Schrijf liever “meedoen” dan “participeren”.')
  await expect(hints).toContainText('Schrijf liever “met” dan “middels”.')

  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await expect(page.getByText('Bericht succesvol aangemaakt.').first()).toBeVisible({ timeout: 15_000 })
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/posts?where[slug][equals]=meedoen-in-de-wijk&depth=0', { headers })).json()
  expect(docs).toHaveLength(1)
  expect((await request.delete(`/api/posts/${docs[0].id}`, { headers })).status()).toBe(200)
})
