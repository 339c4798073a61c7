import type { CollectionConfig } from 'payload'
import { anyone } from './access/anyone'
import { isStaff } from './access/isStaff'
import { onlyOwnLocations, ownLocationOptions, writesAboutOwnLocations } from './access/writesAboutOwnLocations'
import { revalidationHooks } from './hooks/revalidate'

export const ACTIVITY_KINDS = [
  { label: 'Activiteit', value: 'activity' },
  { label: 'Extra open', value: 'extra-opening' },
] as const

const DAY_AND_TIME = { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 } as const

/** One-off activities and extra openings in a huiskamer, for the agenda (/agenda and its .ics feeds). */
export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: 'Activiteit', plural: 'Activiteiten' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'location', 'kind'], group: 'Inhoud' },
  defaultSort: '-startsAt',
  access: { read: anyone, create: isStaff, update: writesAboutOwnLocations('location'), delete: writesAboutOwnLocations('location') },
  hooks: revalidationHooks('activities'),
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, maxLength: 120 },
    { name: 'kind', type: 'select', label: 'Soort', required: true, defaultValue: 'activity', options: [...ACTIVITY_KINDS] },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', label: 'Begint', required: true, index: true, admin: { date: DAY_AND_TIME } },
        {
          name: 'endsAt',
          type: 'date',
          label: 'Eindigt',
          admin: { date: DAY_AND_TIME },
          validate: (value: unknown, { siblingData }: { siblingData: Partial<{ startsAt: string }> }) =>
            value && siblingData.startsAt && new Date(String(value)) <= new Date(siblingData.startsAt)
              ? 'Het einde moet na het begin liggen.'
              : true,
        },
      ],
    },
    {
      name: 'location',
      type: 'relationship',
      label: 'Huiskamer of plek',
      relationTo: 'locations',
      required: true,
      validate: onlyOwnLocations,
      filterOptions: ownLocationOptions,
    },
    { name: 'summary', type: 'textarea', label: 'Korte uitleg', maxLength: 300, admin: { description: 'Wat gaan we doen? Een of twee zinnen.' } },
  ],
}
