import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { contactFields } from '../fields/contact'
import { revalidateGlobalAfterChange } from '../hooks/revalidate'
import { hiddenFromCoordinators } from '@/collections/admin/hiddenFromCoordinators'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site-instellingen',
  admin: { group: 'Beheer', hidden: hiddenFromCoordinators },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateGlobalAfterChange('site-settings')] },
  fields: [
    { name: 'tagline', type: 'textarea', label: 'Wie we zijn (twee zinnen)', required: true, localized: true, maxLength: 300 },
    ...contactFields(),
    { name: 'postalAddress', type: 'textarea', label: 'Postadres', maxLength: 200 },
    {
      name: 'helpLines',
      type: 'array',
      label: 'Hulp nodig? (regel op elke pagina)',
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: 'Omschrijving', required: true, localized: true, maxLength: 80 },
            { name: 'number', type: 'text', label: 'Nummer', maxLength: 30 },
          ],
        },
        { name: 'note', type: 'text', label: 'Toelichting', localized: true, maxLength: 120 },
        {
          name: 'chatUrl',
          type: 'text',
          label: 'Chat (link)',
          admin: { description: 'Bijvoorbeeld https://www.113.nl/ voor de chat van 113.' },
          validate: (value: unknown) => !value || /^https:\/\/[^\s]+$/.test(String(value)) || 'Een link begint met https://',
        },
      ],
    },
    {
      name: 'goals',
      type: 'array',
      label: 'Wat we willen (doelen)',
      fields: [{ name: 'text', type: 'text', label: 'Doel', required: true, localized: true, maxLength: 160 }],
    },
    { name: 'approach', type: 'richText', label: 'Zo werken wij', localized: true },
    { name: 'footerText', type: 'textarea', label: 'Tekst onderaan de pagina', localized: true, maxLength: 400 },
    {
      name: 'security',
      type: 'group',
      label: 'Beveiligingsmeldingen (security.txt)',
      admin: { description: 'Waar iemand een beveiligingsprobleem kan melden. Zonder e-mailadres is er geen security.txt.' },
      fields: [
        { name: 'contact', type: 'email', label: 'E-mailadres voor meldingen' },
        {
          name: 'expires',
          type: 'date',
          label: 'Geldig tot',
          admin: { description: 'Kies een datum binnen een jaar, en verleng op tijd.', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
      ],
    },
  ],
}
