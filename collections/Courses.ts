import type { CollectionConfig } from 'payload'
import { LOCALIZED_FIELDS } from '@/lib/i18n/fallback'
import { trackTranslations, translationFields } from './fields/translation'
import { isAdmin } from './access/isAdmin'
import { publishedOrStaff } from './access/publishedOrStaff'
import { hiddenFromCoordinators } from './admin/hiddenFromCoordinators'
import { previewOn } from './admin/preview'
import { slugFieldsWithHistory } from './fields/slug'
import { revalidationHooks } from './hooks/revalidate'

export const EDITION_STATUSES = ['planned', 'open', 'full', 'cancelled', 'completed'] as const

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: 'Cursus', plural: 'Cursussen' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'shortName', '_status'], group: 'Inhoud', preview: previewOn('courses'), hidden: hiddenFromCoordinators },
  versions: { drafts: true, maxPerDoc: 50 },
  access: { read: publishedOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { ...revalidationHooks('courses'), beforeChange: [trackTranslations(LOCALIZED_FIELDS['courses'])] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 120 },
    ...slugFieldsWithHistory('title'),
    { name: 'shortName', type: 'text', label: 'Korte naam', required: true, maxLength: 12 },
    { name: 'summary', type: 'textarea', label: 'Samenvatting', required: true, localized: true, maxLength: 400, admin: { components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] } } },
    { name: 'audience', type: 'textarea', label: 'Voor wie', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', label: 'Uitleg', localized: true, admin: { components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] } } },
    {
      name: 'active',
      type: 'checkbox',
      label: 'Wordt nog gegeven',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Uit voor cursussen die alleen nog geschiedenis zijn.' },
    },
    { name: 'registrationCounts', type: 'ui', admin: { components: { Field: '/components/admin/RegistrationCounts#RegistrationCounts' } } },
    {
      name: 'editions',
      type: 'array',
      label: 'Edities',
      labels: { singular: 'Editie', plural: 'Edities' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: 'Naam', required: true, maxLength: 80 },
            { name: 'startDate', type: 'date', label: 'Begindatum', required: true },
            {
              name: 'endDate',
              type: 'date',
              label: 'Einddatum',
              validate: (value: unknown, { siblingData }: { siblingData: Partial<{ startDate: string }> }) =>
                value && siblingData.startDate && String(value) < String(siblingData.startDate)
                  ? 'De einddatum moet na de begindatum liggen.'
                  : true,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'location', type: 'relationship', label: 'Locatie', relationTo: 'locations' },
            { name: 'capacity', type: 'number', label: 'Aantal plaatsen', min: 1, max: 100 },
            {
              name: 'status',
              type: 'select',
              label: 'Status',
              required: true,
              defaultValue: 'planned',
              options: [
                { label: 'Gepland', value: 'planned' },
                { label: 'Aanmelden kan', value: 'open' },
                { label: 'Vol', value: 'full' },
                { label: 'Afgelast / afgebroken', value: 'cancelled' },
                { label: 'Afgerond', value: 'completed' },
              ],
            },
          ],
        },
        { name: 'note', type: 'text', label: 'Opmerking', localized: true, maxLength: 200 },
      ],
    },
    ...translationFields(),
  ],
}
