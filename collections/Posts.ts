import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { LOCALIZED_FIELDS } from '@/lib/i18n/fallback'
import { trackTranslations, translationFields } from './fields/translation'
import { publishedOrStaff } from './access/publishedOrStaff'
import { isStaff } from './access/isStaff'
import { onlyOwnLocations, ownLocationOptions, writesAboutOwnLocations } from './access/writesAboutOwnLocations'
import { previewOn } from './admin/preview'
import { slugFieldsWithHistory } from './fields/slug'
import { revalidationHooks } from './hooks/revalidate'

export const POST_KINDS = [
  { label: 'Eigen nieuws', value: 'news' },
  { label: 'Verhaal', value: 'story' },
  { label: 'Uit de media', value: 'media' },
] as const

/** A story without a date gets the moment it is first published (by hand or on schedule). */
const datePublication: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}

const { afterChange, afterDelete } = revalidationHooks('posts')

export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'Bericht', plural: 'Nieuws en verhalen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    group: 'Inhoud',
    preview: previewOn('posts'),
  },
  defaultSort: '-publishedAt',
  // Scheduled publishing runs as a Payload job; see payload.config.ts (jobs) for how its pages update.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: { read: publishedOrStaff, create: isStaff, update: writesAboutOwnLocations('locations'), delete: writesAboutOwnLocations('locations') },
  hooks: { beforeChange: [datePublication, trackTranslations(LOCALIZED_FIELDS['posts'])], afterChange, afterDelete },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: 140 },
    ...slugFieldsWithHistory('title'),
    {
      name: 'summary',
      type: 'textarea',
      label: 'Samenvatting',
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description: 'Een of twee korte zinnen in eenvoudige taal. Staat in het overzicht en in de feed.',
        components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] },
      },
    },
    { name: 'body', type: 'richText', label: 'Tekst', localized: true, admin: { components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] } } },
    {
      name: 'image',
      type: 'upload',
      label: 'Afbeelding',
      relationTo: 'media',
      admin: { description: 'Niet verplicht. De beschrijving (alt-tekst) staat bij de afbeelding zelf.' },
    },
    {
      name: 'source',
      type: 'group',
      label: 'Bron',
      admin: { condition: (data) => data?.kind === 'media', description: 'Waar dit artikel eerder verscheen.' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: 'Naam van de bron',
          maxLength: 120,
          validate: (value: unknown, { data }: { data: Partial<{ kind: string }> }) =>
            data.kind === 'media' && !value ? 'Vul in waar dit artikel eerder verscheen.' : true,
        },
        { name: 'url', type: 'text', label: 'Link naar het origineel', validate: httpUrl },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Publicatiedatum',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
        description: 'Leeg laten: de dag waarop het bericht online komt.',
      },
    },
    {
      name: 'dateShownAs',
      type: 'select',
      label: 'Datum tonen als',
      defaultValue: 'day',
      required: true,
      options: [
        { label: 'Dag, maand en jaar', value: 'day' },
        { label: 'Alleen het jaar (precieze datum onbekend)', value: 'year' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Soort',
      required: true,
      defaultValue: 'news',
      options: [...POST_KINDS],
      admin: { position: 'sidebar' },
    },
    {
      name: 'locations',
      type: 'relationship',
      label: 'Over huiskamers',
      relationTo: 'locations',
      hasMany: true,
      validate: onlyOwnLocations,
      filterOptions: ownLocationOptions,
      admin: { position: 'sidebar' },
    },
    { name: 'courses', type: 'relationship', label: 'Over cursussen', relationTo: 'courses', hasMany: true, admin: { position: 'sidebar' } },
    ...translationFields(),
  ],
}

function httpUrl(value: unknown): true | string {
  if (!value) return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Een link begint met https://'
  } catch {
    return 'Dit is geen geldige link. Een link begint met https://'
  }
}
