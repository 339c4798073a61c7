import type { Field } from 'payload'

const PHONE = /^\+?[0-9 ()-]{6,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Optional phone and e-mail with Dutch validation messages. */
export const contactFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'phone',
        type: 'text',
        label: 'Telefoon',
        validate: (value: string | null | undefined) =>
          !value || PHONE.test(value) ? true : 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 4567.',
      },
      {
        name: 'email',
        type: 'text',
        label: 'E-mail',
        validate: (value: string | null | undefined) =>
          !value || EMAIL.test(value) ? true : 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      },
    ],
  },
]
