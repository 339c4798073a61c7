import type { CollectionAdminOptions } from 'payload'
import { env } from '@/lib/env'
import type { PageCollection } from '@/lib/paths'

/** The admin "Preview" button: opens the real page with the draft, through the staff-only preview route. */
export const previewOn =
  (collection: PageCollection): CollectionAdminOptions['preview'] =>
  (doc) =>
    typeof doc.slug === 'string' ? `${env.SITE_URL}/preview?collection=${collection}&slug=${doc.slug}` : null
