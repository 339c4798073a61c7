import type { CollectionConfig } from 'payload'
import { localMediaDir } from '@/lib/media-storage'
import { anyone } from './access/anyone'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { revalidationHooks } from './hooks/revalidate'

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  admin: { useAsTitle: 'alt', group: 'Inhoud' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: revalidationHooks('media'),
  upload: {
    staticDir: localMediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    // The original goes through sharp as well (any resizeOptions make Payload do that): phone photos
    // are capped at 2400 px and lose all metadata, GPS position and device included, because sharp
    // writes none unless asked. A photo of a huiskamer must not tell where a volunteer lives.
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      // What public pages show (lib/media.ts), as WebP: a third of the bytes of a JPEG on a phone.
      { name: 'card', width: 800, height: 600, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'wide', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Beschrijving (alt-tekst)',
      required: true,
      maxLength: 200,
      admin: { description: 'Wat staat er op de foto? Voor mensen die de afbeelding niet kunnen zien.' },
    },
  ],
}
