import type { CollectionConfig } from 'payload'
import { HEARD_FROM, MOTIVATION_MAX } from '@/lib/registration-input'
import { isAdmin } from './access/isAdmin'
import { isStaff } from './access/isStaff'
import { exportRegistrationsEndpoint } from './endpoints/exportRegistrations'
import { REGISTRATION_STATUSES } from '@/lib/registration-statuses'


/** Personal data: only logged-in staff read or change it; the public form writes through lib/registrations.ts. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Aanmelding', plural: 'Aanmeldingen' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'course', 'editionLabel', 'status', 'createdAt'],
    listSearchableFields: ['name', 'email'],
    group: 'Beheer',
    description: 'Aanmeldingen voor cursussen. Worden na de bewaartermijn automatisch verwijderd.',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: '-createdAt',
  endpoints: [exportRegistrationsEndpoint],
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, label: 'Cursus' },
    {
      type: 'row',
      fields: [
        { name: 'editionId', type: 'text', label: 'Editie (id)', admin: { readOnly: true } },
        { name: 'editionLabel', type: 'text', label: 'Editie', admin: { description: 'Leeg: interesse voor de volgende keer.' } },
      ],
    },
    { name: 'name', type: 'text', label: 'Naam', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: 'E-mail', required: true },
        { name: 'phone', type: 'text', label: 'Telefoon', maxLength: 30 },
      ],
    },
    { name: 'motivation', type: 'textarea', label: 'Motivatie', maxLength: MOTIVATION_MAX },
    { name: 'heardFrom', type: 'select', label: 'Hoe gehoord van de cursus', options: HEARD_FROM.map((o) => ({ ...o })) },
    {
      name: 'consent',
      type: 'checkbox',
      label: 'Toestemming om contact op te nemen',
      required: true,
      validate: (value: boolean | null | undefined) => (value === true ? true : 'Zonder toestemming slaan we niets op.'),
    },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'new',
      options: REGISTRATION_STATUSES.map((status) => ({ ...status })),
      admin: { position: 'sidebar' },
    },
    { name: 'courseReminderSentAt', type: 'date', label: 'Herinnering start cursus verstuurd', admin: { position: 'sidebar', readOnly: true } },
    { name: 'staffNotes', type: 'textarea', label: 'Notities (alleen voor medewerkers)', admin: { position: 'sidebar' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      // Set once by the public form (one per rendered form); nobody edits it afterwards.
      admin: { hidden: true },
      access: { update: () => false },
    },
  ],
}
