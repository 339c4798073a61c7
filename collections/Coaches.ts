import type { CollectionConfig } from 'payload'
import { coachOfOwnLocation } from './access/coachOfOwnLocation'
import { isAdmin } from './access/isAdmin'
import { publishedCoachOrStaff } from './access/publishedCoachOrStaff'
import { slugField } from './fields/slug'
import { revalidationHooks } from './hooks/revalidate'

export const Coaches: CollectionConfig = {
  slug: 'coaches',
  labels: { singular: 'Ervaringscoach', plural: 'Ervaringscoaches' },
  admin: { useAsTitle: 'displayName', defaultColumns: ['displayName', 'role', 'published'], group: 'Inhoud' },
  access: { read: publishedCoachOrStaff, create: isAdmin, update: coachOfOwnLocation, delete: isAdmin },
  hooks: revalidationHooks('coaches'),
  fields: [
    { name: 'displayName', type: 'text', label: 'Naam op de site', required: true, maxLength: 80 },
    slugField('displayName'),
    { name: 'role', type: 'text', label: 'Rol', maxLength: 80 },
    { name: 'photo', type: 'upload', label: 'Foto', relationTo: 'media' },
    { name: 'bio', type: 'textarea', label: 'Korte tekst', maxLength: 600 },
    { name: 'neighbourhoods', type: 'text', label: 'Wijken', maxLength: 120 },
    { name: 'locations', type: 'relationship', label: 'Locaties', relationTo: 'locations', hasMany: true },
    {
      name: 'published',
      type: 'checkbox',
      label: 'Toestemming gegeven: tonen op de site',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Alleen aanzetten als deze persoon toestemming heeft gegeven om op de site te staan.',
      },
    },
  ],
}
