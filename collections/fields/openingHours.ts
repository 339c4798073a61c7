import type { ArrayField, JSONField } from 'payload'
import { slotProblem, WEEKDAY_LABELS, WEEKDAYS, type OpeningSlot, type Weekday } from '@/lib/opening-hours'

/** Why stored opening hours are invalid (in Dutch), or true. Shared by the API and the admin editor. */
export function validateOpeningHours(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (!Array.isArray(value)) return 'Openingstijden moeten een lijst zijn.'
  for (const slot of value as Partial<OpeningSlot>[]) {
    if (!slot || !WEEKDAYS.includes(slot.day as Weekday)) return 'Kies een dag van de week.'
    const problem = slotProblem(slot.opens, slot.closes)
    if (problem) return `${WEEKDAY_LABELS[slot.day as Weekday]}: ${problem}`
    if (slot.note && String(slot.note).length > 120) return `${WEEKDAY_LABELS[slot.day as Weekday]}: de opmerking is te lang.`
  }
  return true
}

/**
 * Weekly opening hours as a list of `{ day, opens, closes, note }` (HH:mm, Europe/Amsterdam), edited as one
 * compact week in the admin panel. A closing time before the opening time means "past midnight".
 */
export const openingHoursField = (): JSONField => ({
  name: 'openingHours',
  type: 'json',
  label: 'Openingstijden',
  defaultValue: [],
  validate: validateOpeningHours,
  typescriptSchema: [
    () => ({
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['day', 'opens', 'closes'],
        properties: {
          day: { type: 'string', enum: [...WEEKDAYS] },
          opens: { type: 'string' },
          closes: { type: 'string' },
          note: { type: ['string', 'null'] },
        },
      },
    }),
  ],
  admin: {
    description: 'Zet een dag aan als de huiskamer dan open is, en vul de tijden in (UU:MM).',
    components: { Field: '/components/admin/WeekHoursField.client#WeekHoursField' },
  },
})

/** Periods the place is closed (holidays, summer break); they replace the regular hours while they apply. */
export const closuresField = (): ArrayField => ({
  name: 'closures',
  type: 'array',
  label: 'Sluitingen',
  labels: { singular: 'Sluiting', plural: 'Sluitingen' },
  admin: { description: 'Vakanties en andere dagen dat de huiskamer dicht is.' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', label: 'Van', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'until',
          type: 'date',
          label: 'Tot en met',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: Partial<{ from: string }> }) => {
            if (!value) return 'Vul een einddatum in.'
            return siblingData.from && String(value) < String(siblingData.from)
              ? 'De einddatum moet op of na de begindatum liggen.'
              : true
          },
        },
      ],
    },
    { name: 'reason', type: 'text', label: 'Reden', required: true, maxLength: 120 },
  ],
})
