import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionBeforeValidateHook } from 'payload'
import { cacheTags } from '@/lib/cache-tags'
import { normaliseRedirectPath } from '@/lib/redirects'
import { anyone } from './access/anyone'
import { hiddenFromCoordinators } from './admin/hiddenFromCoordinators'
import { isAdmin } from './access/isAdmin'
import { expireTagsHooks } from './hooks/revalidate'

/** Old addresses are stored in the one spelling the proxy looks up (lib/redirects.ts). */
const normaliseFrom: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.from === 'string') data.from = normaliseRedirectPath(data.from)
  return data
}

/**
 * Old addresses (the WordPress site's) that point to a page of ours or another URL, permanently.
 * Admins edit them; proxy.ts applies them to addresses outside the site's own sections.
 */
export const redirects = redirectsPlugin({
  collections: ['locations', 'courses', 'posts'],
  overrides: {
    labels: { singular: 'Doorverwijzing', plural: 'Oude adressen' },
    admin: {
      group: 'Beheer',
      hidden: hiddenFromCoordinators,
      useAsTitle: 'from',
      description: 'Adressen van de oude website die blijven werken. Vul bij "van" alleen het pad in, bijvoorbeeld /over-ons/.',
    },
    // What redirects where is public anyway (every visitor can follow one); only admins change them.
    access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
    // The proxy keeps the table in memory (lib/redirects/table.ts): a change expires it everywhere.
    hooks: { beforeValidate: [normaliseFrom], ...expireTagsHooks([cacheTags.redirects]) },
  },
})
