import type { CollectionConfig } from 'payload'
import { LOCALIZED_FIELDS } from '@/lib/i18n/fallback'
import { trackTranslations, translationFields } from './fields/translation'
import { anyone } from './access/anyone'
import { isAdmin } from './access/isAdmin'
import { slugField } from './fields/slug'
import { revalidationHooks } from './hooks/revalidate'
import { hiddenFromCoordinators } from './admin/hiddenFromCoordinators'

export const PARTNER_KINDS = [
  { label: 'Zorg en welzijn', value: 'care' },
  { label: 'Wonen en opvang', value: 'housing' },
  { label: 'Gemeente', value: 'municipality' },
  { label: 'Fonds', value: 'funder' },
  { label: 'Cliëntenorganisatie', value: 'client-organisation' },
  { label: 'Stichting en bestuur', value: 'foundation' },
  { label: 'Buurt en wijk', value: 'neighbourhood' },
] as const

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: 'Partner', plural: 'Partners' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind'], group: 'Organisatie', hidden: hiddenFromCoordinators },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { ...revalidationHooks('partners'), beforeChange: [trackTranslations(LOCALIZED_FIELDS['partners'])] },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Soort',
      required: true,
      options: PARTNER_KINDS.map((kind) => ({ ...kind })),
    },
    {
      name: 'website',
      type: 'text',
      label: 'Website',
      validate: (value: string | null | undefined) => {
        if (!value) return true
        try {
          const url = new URL(value)
          return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Gebruik een adres dat begint met https://.'
        } catch {
          return 'Vul een volledig webadres in, bijvoorbeeld https://www.voorbeeld.nl.'
        }
      },
    },
    { name: 'logo', type: 'upload', label: 'Logo', relationTo: 'media' },
    { name: 'description', type: 'textarea', label: 'Korte omschrijving', localized: true, maxLength: 500 },
    {
      name: 'formerNames',
      type: 'array',
      label: 'Vroegere namen',
      labels: { singular: 'Vroegere naam', plural: 'Vroegere namen' },
      fields: [{ name: 'name', type: 'text', label: 'Naam', required: true }],
    },
    ...translationFields(),
  ],
}
