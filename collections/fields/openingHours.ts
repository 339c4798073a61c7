import type { ArrayField, Field } from 'payload'
import { slotProblem, TIME_PATTERN, WEEKDAY_LABELS, WEEKDAYS } from '@/lib/opening-hours'

const timeField = (name: 'opens' | 'closes', label: string): Field => ({
  name,
  type: 'text',
  label,
  required: true,
  admin: { placeholder: 'UU:MM', width: '25%' },
  validate: (value: string | null | undefined) =>
    value && TIME_PATTERN.test(value) ? true : 'Gebruik UU:MM, bijvoorbeeld 09:30.',
})

/** Weekly opening hours: one row per opening period. A closing time before the opening time means "past midnight". */
export const openingHoursField = (): ArrayField => ({
  name: 'openingHours',
  type: 'array',
  label: 'Openingstijden',
  labels: { singular: 'Openingstijd', plural: 'Openingstijden' },
  admin: { description: 'Eén regel per dagdeel dat de huiskamer open is. Tijden als UU:MM.' },
  validate: (rows: unknown) => {
    for (const row of (rows ?? []) as { opens?: string; closes?: string }[]) {
      const problem = slotProblem(row.opens, row.closes)
      if (problem) return problem
    }
    return true
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'day',
          type: 'select',
          label: 'Dag',
          required: true,
          admin: { width: '25%' },
          options: WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] })),
        },
        timeField('opens', 'Van'),
        timeField('closes', 'Tot'),
      ],
    },
    { name: 'note', type: 'text', label: 'Opmerking', maxLength: 120 },
  ],
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
