import type { CollectionConfig } from 'payload'
import { LOCALIZED_FIELDS } from '@/lib/i18n/fallback'
import { trackTranslations, translationFields } from './fields/translation'
import { coordinatesLocation } from './access/coordinatesLocation'
import { coordinatedLocationIds, hasRole } from './access/roles'
import { isAdmin } from './access/isAdmin'
import { publishedOrStaff } from './access/publishedOrStaff'
import { addressField } from './fields/address'
import { contactFields } from './fields/contact'
import { closuresField, openingHoursField } from './fields/openingHours'
import { previewOn } from './admin/preview'
import { slugFieldsWithHistory } from './fields/slug'
import { revalidationHooks } from './hooks/revalidate'

// Payload's month picker shows only the month name by default ("juni"); these dates span years.
const MONTH_AND_YEAR = { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } as const

export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: { singular: 'Locatie', plural: 'Locaties' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'neighbourhood', 'activeUntil', '_status'],
    listSearchableFields: ['name', 'neighbourhood', 'address.street'],
    group: 'Inhoud',
    preview: previewOn('locations'),
    // A coordinator's list holds the huiskamers they look after; admins see current places before former ones.
    baseFilter: ({ req: { user } }) => (hasRole(user, 'coordinator') ? { id: { in: coordinatedLocationIds(user) } } : null),
  },
  defaultSort: '-activeUntil',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    create: isAdmin,
    update: coordinatesLocation,
    delete: isAdmin,
  },
  hooks: { ...revalidationHooks('locations'), beforeChange: [trackTranslations(LOCALIZED_FIELDS['locations'])] },
  fields: [
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    ...slugFieldsWithHistory('name'),
    {
      name: 'kind',
      type: 'select',
      label: 'Soort plek',
      required: true,
      defaultValue: 'huiskamer',
      options: [
        { label: 'Huiskamer / inloop', value: 'huiskamer' },
        { label: 'Cursuslocatie', value: 'course-venue' },
        { label: 'Kantoor / overleg', value: 'office' },
      ],
    },
    {
      name: 'neighbourhood',
      type: 'text',
      label: 'Wijk',
      required: true,
      maxLength: 80,
      admin: { description: 'Bijvoorbeeld Overvecht. Bezoekers zoeken de huiskamers per wijk.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Korte omschrijving',
      localized: true,
      maxLength: 300,
      admin: {
        description: 'Eén of twee zinnen in eenvoudige taal. Staat bovenaan de pagina en in zoekmachines.',
        components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] },
      },
    },
    {
      name: 'whatToExpect',
      type: 'textarea',
      label: 'Wat kun je verwachten?',
      localized: true,
      maxLength: 600,
      admin: {
        description: 'Voor wie hier voor het eerst binnenloopt: wat gebeurt er als je binnenkomt? Twee tot vier korte zinnen.',
        components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] },
      },
    },
    addressField(),
    {
      name: 'coordinates',
      type: 'group',
      label: 'Coördinaten (voor de kaartlink)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', label: 'Breedtegraad', min: -90, max: 90 },
            { name: 'lng', type: 'number', label: 'Lengtegraad', min: -180, max: 180 },
          ],
        },
      ],
    },
    openingHoursField(),
    closuresField(),
    {
      name: 'hoursCheckedAt',
      type: 'date',
      label: 'Openingstijden gecontroleerd op',
      admin: {
        position: 'sidebar',
        description: 'Klik op de knop als je de openingstijden hebt nagekeken. Bezoekers zien deze datum.',
        components: { Field: '/components/admin/HoursCheckedField.client#HoursCheckedField' },
      },
    },
    {
      name: 'partners',
      type: 'relationship',
      label: 'Samen met (partners)',
      relationTo: 'partners',
      hasMany: true,
      admin: { description: 'De organisaties waarmee we deze plek delen of runnen.' },
    },
    ...contactFields(),
    {
      name: 'photo',
      type: 'upload',
      label: 'Foto',
      relationTo: 'media',
      admin: { description: 'Een foto van de ingang of de huiskamer helpt mensen de plek te herkennen.' },
    },
    { name: 'description', type: 'richText', label: 'Beschrijving', localized: true, admin: { components: { afterInput: ['/components/admin/PlainLanguageHints.client#PlainLanguageHints'] } } },
    {
      name: 'accessibility',
      type: 'textarea',
      label: 'Toegankelijkheid',
      localized: true,
      maxLength: 600,
      admin: { description: 'Drempels, trappen, lift, invalidentoilet, hulp bij de deur: wat moet een bezoeker weten?' },
    },
    {
      type: 'row',
      fields: [
        { name: 'activeFrom', type: 'date', label: 'Actief vanaf', admin: { date: MONTH_AND_YEAR } },
        {
          name: 'activeUntil',
          type: 'date',
          label: 'Actief tot',
          admin: {
            date: MONTH_AND_YEAR,
            description: 'Leeg laten zolang de locatie open is.',
          },
        },
      ],
    },
    ...translationFields(),
  ],
}
