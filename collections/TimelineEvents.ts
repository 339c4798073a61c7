import type { CollectionConfig } from 'payload'
import { LOCALIZED_FIELDS } from '@/lib/i18n/fallback'
import { trackTranslations, translationFields } from './fields/translation'
import { isAdmin } from './access/isAdmin'
import { publishedOrStaff } from './access/publishedOrStaff'
import { revalidationHooks } from './hooks/revalidate'
import { hiddenFromCoordinators } from './admin/hiddenFromCoordinators'

export const TimelineEvents: CollectionConfig = {
  slug: 'timeline-events',
  labels: { singular: 'Gebeurtenis', plural: 'Tijdlijn' },
  admin: { useAsTitle: 'title', defaultColumns: ['year', 'month', 'title', '_status'], group: 'Organisatie', hidden: hiddenFromCoordinators },
  defaultSort: 'year',
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { ...revalidationHooks('timeline-events'), beforeChange: [trackTranslations(LOCALIZED_FIELDS['timeline-events'])] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', label: 'Jaar', required: true, min: 1990, max: 2100 },
        { name: 'month', type: 'number', label: 'Maand (1–12)', min: 1, max: 12 },
      ],
    },
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: 160 },
    { name: 'body', type: 'richText', label: 'Tekst', localized: true },
    { name: 'locations', type: 'relationship', label: 'Locaties', relationTo: 'locations', hasMany: true },
    { name: 'partners', type: 'relationship', label: 'Partners', relationTo: 'partners', hasMany: true },
    { name: 'courses', type: 'relationship', label: 'Cursussen', relationTo: 'courses', hasMany: true },
    ...translationFields(),
  ],
}
