import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { localMediaDir } from '@/lib/media-storage'
import { getPayloadClient } from '@/lib/payload'

describe('uploaded photos', () => {
  it('are stored without EXIF metadata (GPS position, device), originals and resized versions alike', async () => {
    const phonePhoto = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#8a4a06' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestPhone', Model: 'Model 7' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 12/1' },
      })
      .toBuffer()
    expect((await sharp(phonePhoto).metadata()).exif).toBeDefined()

    const payload = await getPayloadClient()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Foto van de huiskamer' },
      file: { data: phonePhoto, mimetype: 'image/jpeg', name: 'telefoon.jpg', size: phonePhoto.length },
    })
    const stored = [media.filename, media.sizes?.thumbnail?.filename, media.sizes?.card?.filename]
    expect(stored.every(Boolean)).toBe(true)
    for (const filename of stored) {
      const bytes = await readFile(path.join(localMediaDir(), filename ?? ''))
      const metadata = await sharp(bytes).metadata()
      expect(metadata.exif, filename ?? '').toBeUndefined()
      expect(bytes.includes(Buffer.from('TestPhone')), filename ?? '').toBe(false)
    }
  })
})
