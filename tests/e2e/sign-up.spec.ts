import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { TEST_ADMIN } from '../helpers/testEnv'
import { directServer, expectNoAxeViolations, loginToAdmin } from './helpers'

test.use({ locale: 'nl-NL' })

const COURSE = '/cursussen/ervaring-contact-herstel'
let visitor = 0

/** Each test is its own visitor (own IP through the trusted proxy header), on the sign-up form. */
async function openForm(page: Page): Promise<void> {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${++visitor}` })
  await page.goto(COURSE)
  await page.getByRole('link', { name: 'Aanmelden voor de ECH-cursus' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Aanmelden')
}

async function fill(page: Page, email: string, { consent = true } = {}): Promise<void> {
  await page.getByLabel('Naam').fill('Sam de Vries')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Hoe heb je van de cursus gehoord?').selectOption('huiskamer')
  if (consent) await page.getByLabel(/Ik vind het goed/).check()
  // The form must be open for at least 3 seconds (bots submit instantly).
  await page.waitForTimeout(3_100)
}

// Every test's sign-ups are removed after it: the seeded edition has twelve seats, and the suite signs up
// more people than that (desktop and phone), so otherwise a later test would find the course full.
test.afterEach(async ({ request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const auth = { Authorization: `JWT ${(await login.json()).token}` }
  const removed = await request.delete('/api/registrations?where[email][like]=example.nl', { headers: auth })
  expect(removed.status()).toBe(200)
})

/** The form's error summary (Next.js has its own, empty, alert region for route announcements). */
const errorSummary = (page: Page) => page.getByRole('alert').filter({ has: page.locator('#fouten') })

async function storedFor(request: APIRequestContext, email: string): Promise<{ status: string; editionLabel?: string }[]> {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const { token } = await login.json()
  const response = await request.get(`/api/registrations?where[email][equals]=${encodeURIComponent(email)}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return (await response.json()).docs
}

test('a person signs up from the ECH course page on a phone @phone', async ({ page, request }, testInfo) => {
  const email = `sam.${testInfo.project.name}@example.nl`
  await openForm(page)
  await expectNoAxeViolations(page)
  await fill(page, email)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  await expect(page.getByRole('status')).toContainText('Binnen twee weken')
  const stored = await storedFor(request, email)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ status: 'new', editionLabel: 'Voorjaar 2027' })
})

test('mistakes are explained next to the field and in a focused summary, and nothing is stored', async ({ page, request }) => {
  await openForm(page)
  await fill(page, 'geen-mailadres', { consent: false })
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  const summary = errorSummary(page)
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('E-mailadres: Vul een geldig e-mailadres in')
  await expect(summary).toContainText('Toestemming: Geef toestemming')
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#email-fout')).toContainText('geldig e-mailadres')
  await expectNoAxeViolations(page)
  expect(await storedFor(request, 'geen-mailadres')).toHaveLength(0)
})

test('the form works without JavaScript, with the same checks on the server', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.7' } })
  const page = await context.newPage()
  await page.goto(`${COURSE}/aanmelden`)
  await fill(page, 'zonder-js@', { consent: false })
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(errorSummary(page)).toContainText('E-mailadres: Vul een geldig e-mailadres in')
  await expect(page.getByLabel('Naam')).toHaveValue('Sam de Vries')

  await page.getByLabel('E-mailadres').fill('zonder.js@example.nl')
  await page.getByLabel(/Ik vind het goed/).check()
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  expect(await storedFor(request, 'zonder.js@example.nl')).toHaveLength(1)
  await context.close()
})

test('a double submit creates one registration', async ({ page, request }) => {
  await openForm(page)
  await fill(page, 'dubbel@example.nl')
  await page.locator('form:not([role=search])').evaluate((form: HTMLFormElement) => {
    form.requestSubmit()
    form.requestSubmit()
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  expect(await storedFor(request, 'dubbel@example.nl')).toHaveLength(1)
})

test('a filled-in honeypot is thanked but not stored', async ({ page, request }) => {
  await openForm(page)
  await fill(page, 'bot@example.nl')
  await page.locator('#website').fill('http://spam.example', { force: true })
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  expect(await storedFor(request, 'bot@example.nl')).toHaveLength(0)
})

test('more than 5 sign-ups in 10 minutes from one address get a friendly Dutch message', async ({ page, request }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.99' })
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.goto(`${COURSE}/aanmelden`)
    await fill(page, `limiet${attempt}@example.nl`)
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    if (attempt <= 5) await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')
  }
  await expect(errorSummary(page)).toContainText('Probeer het over 10 minuten opnieuw')
  expect(await storedFor(request, 'limiet6@example.nl')).toHaveLength(0)
})

test('when the edition is full, people go on the waiting list and are told so', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const auth = { Authorization: `JWT ${(await login.json()).token}` }
  const { docs } = await (await request.get('/api/courses?where[shortName][equals]=ECH&depth=0', { headers: auth })).json()
  const course = docs[0]
  const editions = course.editions.map((edition: { label: string }) =>
    edition.label === 'Voorjaar 2027' ? { ...edition, status: 'full' } : edition,
  )
  const setEditions = async (data: unknown) =>
    expect((await request.patch(`/api/courses/${course.id}`, { headers: auth, data: { editions: data } })).status()).toBe(200)
  await setEditions(editions)
  try {
    await openForm(page)
    await expect(page.getByText(/is vol/).first()).toBeVisible()
    await fill(page, 'wachtlijst@example.nl')
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await expect(page.getByRole('status')).toContainText('Je staat op de wachtlijst')
    expect((await storedFor(request, 'wachtlijst@example.nl'))[0]).toMatchObject({ status: 'waitlisted' })
  } finally {
    await setEditions(course.editions)
  }
})

/** The sign-up form's hidden fields (server action id, signed token), as a client without JavaScript posts them. */
async function hiddenFields(request: APIRequestContext, origin = ''): Promise<Record<string, string>> {
  const html = await (await request.get(`${origin}${COURSE}/aanmelden`)).text()
  const unescape = (value: string) =>
    value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  const hidden = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [match[1], unescape(match[2] ?? '')]),
  )
  expect(Object.keys(hidden).some((name) => name.startsWith('$ACTION'))).toBe(true)
  return hidden
}

const spoofing = [
  // TRUSTED_PROXY_HOPS=0: the header is the client's own invention; only the connection counts.
  { setting: 'with the default settings', server: directServer, forwardedFor: (n: number) => `10.66.0.${n}` },
  // TRUSTED_PROXY_HOPS=1: the proxy appends the address it saw; what the client wrote stays on the left.
  { setting: 'behind a trusted proxy', server: (baseURL: string) => baseURL, forwardedFor: (n: number) => `10.66.1.${n}, 192.0.2.50` },
]
for (const { setting, server, forwardedFor } of spoofing) {
  test(`a new made-up X-Forwarded-For on every sign-up does not get past the limit ${setting}`, async ({ request, baseURL }) => {
    const origin = server(baseURL!)
    await expect(async () => expect((await request.get(`${origin}/robots.txt`)).status()).toBe(200)).toPass({ timeout: 60_000 })
    const fields = await hiddenFields(request, origin)
    await new Promise((resolve) => setTimeout(resolve, 3_100))
    const email = `spoof.${setting.split(' ').at(-1)}@example.nl`
    const post = (n: number) =>
      request.post(`${origin}${COURSE}/aanmelden`, {
        headers: { 'x-forwarded-for': forwardedFor(n) },
        multipart: { ...fields, name: 'Nep Adres', email, consent: 'ja' },
        maxRedirects: 0,
      })
    for (let attempt = 1; attempt <= 5; attempt++) expect((await post(attempt)).status(), `sign-up ${attempt}`).toBe(303)
    const refused = await post(6)
    expect(refused.status()).toBe(200)
    expect(await refused.text()).toContain('Probeer het over 10 minuten opnieuw')
  })
}

test('an oversized form post is refused with a 4xx and nothing is stored', async ({ request }) => {
  // A client that ignores the form's maxlength: post the real form fields plus 40 kB of text.
  const hidden = await hiddenFields(request)
  const response = await request.post(`${COURSE}/aanmelden`, {
    headers: { 'x-forwarded-for': '198.51.100.8' },
    multipart: { ...hidden, name: 'Te Groot', email: 'te.groot@example.nl', consent: 'ja', motivation: 'x'.repeat(40_000) },
    maxRedirects: 0,
  })
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(response.status()).toBeLessThan(500)
  expect(await storedFor(request, 'te.groot@example.nl')).toHaveLength(0)
})

test('staff see new sign-ups in the admin panel', async ({ page }) => {
  await openForm(page)
  await page.getByLabel('Naam').fill('Robin Jansen')
  await page.getByLabel('E-mailadres').fill('robin@example.nl')
  await page.getByLabel(/Ik vind het goed/).check()
  await page.waitForTimeout(3_100)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')

  await loginToAdmin(page, TEST_ADMIN)
  await page.goto('/admin/collections/registrations')
  await expect(page.getByRole('link', { name: 'Robin Jansen' })).toBeVisible()
})

test('the confirmation is queued with a personal link that shows the registration and cancels it once', async ({ page, request }) => {
  const email = 'link.test@example.nl'
  await openForm(page)
  await fill(page, email)
  await page.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor je aanmelding')

  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  const auth = { Authorization: `JWT ${(await login.json()).token}` }
  const mails = await (await request.get(`/api/outgoing-emails?where[to][equals]=${encodeURIComponent(email)}`, { headers: auth })).json()
  expect(mails.docs).toHaveLength(1)
  expect(mails.docs[0]).toMatchObject({ kind: 'sign-up-confirmation', subject: 'Je aanmelding voor Ervaring, Contact, Herstel' })
  expect(mails.docs[0].attachments[0].filename).toMatch(/\.ics$/)
  const link = new URL(mails.docs[0].text.match(/https?:\/\/\S+\/aanmelding\/\S+/)[0])

  await page.goto(link.pathname)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je aanmelding')
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText('Voorjaar 2027')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Afmelden en mijn gegevens verwijderen' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je bent afgemeld')
  expect(await storedFor(request, email)).toHaveLength(0)

  await page.goto(link.pathname)
  await expect(page.getByText('Deze link werkt niet (meer).')).toBeVisible()
  await page.goto(link.pathname.replace(/\/(\d+)\./, (_match, id) => `/${Number(id) + 1}.`))
  await expect(page.getByText('Deze link werkt niet (meer).')).toBeVisible()
})
