import type { CollectionConfig } from 'payload'
import { LOCAL_MEDIA_DIR } from '@/lib/media-storage'
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
    staticDir: LOCAL_MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    // The original goes through sharp as well (any resizeOptions make Payload do that): phone photos
    // are capped at 2400 px and lose all metadata, GPS position and device included, because sharp
    // writes none unless asked. A photo of a huiskamer must not tell where a volunteer lives.
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 600, position: 'centre' },
      { name: 'wide', width: 1600, withoutEnlargement: true },
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
