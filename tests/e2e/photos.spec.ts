import type { APIRequestContext, Response } from '@playwright/test'
import sharp from 'sharp'
import { TEST_ADMIN } from '../helpers/testEnv'
import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './helpers'

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/users/login', { data: TEST_ADMIN })
  expect(login.status()).toBe(200)
  return { Authorization: `JWT ${(await login.json()).token}` }
}

/** The first published document of a collection with this slug, as the REST API gives it. */
async function idOf(request: APIRequestContext, collection: string, slug: string): Promise<number> {
  const { docs } = await (await request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)).json()
  return docs[0].id
}

// A photo as a phone takes it: larger than any size shown, so every stored size exists.
test('an uploaded photo shows on a huiskamer page and a story, each image answered by the production build @phone', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#35705f' } }).jpeg().toBuffer()
  const upload = await request.post('/api/media', {
    headers,
    multipart: {
      file: { name: 'e2e-huiskamer.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      _payload: JSON.stringify({ alt: 'Koffie op de grote tafel van de huiskamer' }),
    },
  })
  expect(upload.status()).toBe(201)
  const media = (await upload.json()).doc
  const location = await idOf(request, 'locations', 'huiskamer-ghanadreef')
  const post = await idOf(request, 'posts', 'bouwen-aan-een-thuis')
  const attach = async (collection: string, id: number, field: string, value: number | null) => {
    const saved = await request.patch(`/api/${collection}/${id}`, { headers, data: { [field]: value, _status: 'published' } })
    expect(saved.status()).toBe(200)
  }
  await attach('locations', location, 'photo', media.id)
  await attach('posts', post, 'image', media.id)
  try {
    for (const path of ['/locaties/huiskamer-ghanadreef', '/nieuws/bouwen-aan-een-thuis']) {
      const images: { url: string; status: number; type: string }[] = []
      const record = (response: Response) => {
        if (response.request().resourceType() === 'image') images.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '' })
      }
      page.on('response', record)
      await page.goto(path)
      const photo = page.getByRole('img', { name: 'Koffie op de grote tafel van de huiskamer' })
      await photo.scrollIntoViewIfNeeded()
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
      // The browser chose one of the stored sizes, from this site, and got an image back.
      const chosen = await photo.evaluate((img: HTMLImageElement) => img.currentSrc)
      expect(new URL(chosen).pathname).toMatch(/^\/api\/media\/file\//)
      expect(images.filter((image) => image.url === chosen)).toEqual([expect.objectContaining({ status: 200, type: expect.stringMatching(/^image\//) })])
      expect(images.filter((image) => image.status !== 200)).toEqual([])
      await expectNoAxeViolations(page)
      page.off('response', record)
    }
  } finally {
    await attach('locations', location, 'photo', null)
    await attach('posts', post, 'image', null)
    expect((await request.delete(`/api/media/${media.id}`, { headers })).status()).toBe(200)
  }
})
