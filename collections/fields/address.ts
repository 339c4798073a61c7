import type { GroupField } from 'payload'

const POSTCODE = /^[1-9]\d{3} ?[A-Z]{2}$/

export const addressField = (): GroupField => ({
  name: 'address',
  type: 'group',
  label: 'Adres',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: 'Straat en huisnummer', required: true },
        {
          name: 'postcode',
          type: 'text',
          label: 'Postcode',
          admin: { placeholder: '3531 AB' },
          validate: (value: string | null | undefined) =>
            !value || POSTCODE.test(value.toUpperCase()) ? true : 'Gebruik een Nederlandse postcode, bijvoorbeeld 3531 AB.',
        },
        { name: 'city', type: 'text', label: 'Plaats', required: true, defaultValue: 'Utrecht' },
      ],
    },
  ],
})
