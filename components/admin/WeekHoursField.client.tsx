'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { WEEKDAY_LABELS, WEEKDAYS, type OpeningSlot, type Weekday } from '@/lib/opening-hours'

type Row = { open: boolean; opens: string; closes: string; note: string }

function rowsFrom(slots: OpeningSlot[]): Record<Weekday, Row> {
  return Object.fromEntries(
    WEEKDAYS.map((day) => {
      const slot = slots.find((candidate) => candidate.day === day)
      return [day, { open: Boolean(slot), opens: slot?.opens ?? '10:00', closes: slot?.closes ?? '16:00', note: slot?.note ?? '' }]
    }),
  ) as Record<Weekday, Row>
}

/**
 * Opening hours as one compact week: a row per weekday with open/closed, from, until and a note,
 * instead of stacked array cards. Extra periods on one day (set through the API) are kept as they are.
 */
export const WeekHoursField: JSONFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<OpeningSlot[]>({ potentiallyStalePath: path })
  const slots = Array.isArray(value) ? value : []
  const rows = rowsFrom(slots)

  const update = (day: Weekday, change: Partial<Row>) => {
    const next = { ...rows, [day]: { ...rows[day], ...change } }
    setValue(
      WEEKDAYS.flatMap((weekday) => {
        const extra = slots.filter((slot) => slot.day === weekday).slice(1)
        const row = next[weekday]
        if (!row.open) return []
        return [{ day: weekday, opens: row.opens, closes: row.closes, ...(row.note ? { note: row.note } : {}) }, ...extra]
      }),
    )
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} />
      <FieldError path={path} message={errorMessage} showError={showError} />
      {/* Styles in app/(payload)/custom.scss: on a phone each day wraps to two lines instead of scrolling. */}
      <table className="week-hours">
        <thead>
          <tr>
            <th scope="col">Dag</th>
            <th scope="col">Open</th>
            <th scope="col">Van</th>
            <th scope="col">Tot</th>
            <th scope="col">Opmerking</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => {
            const row = rows[day]
            const label = WEEKDAY_LABELS[day]
            return (
              <tr key={day}>
                <th scope="row">{label}</th>
                <td>
                  <input type="checkbox" aria-label={`${label} open`} checked={row.open} onChange={(event) => update(day, { open: event.target.checked })} />
                </td>
                <td>
                  <input type="time" aria-label={`${label} van`} value={row.opens} disabled={!row.open} required={row.open} onChange={(event) => update(day, { opens: event.target.value })} />
                </td>
                <td>
                  <input type="time" aria-label={`${label} tot`} value={row.closes} disabled={!row.open} required={row.open} onChange={(event) => update(day, { closes: event.target.value })} />
                </td>
                <td className="week-hours__note">
                  <input type="text" aria-label={`${label} opmerking`} value={row.note} maxLength={120} disabled={!row.open} onChange={(event) => update(day, { note: event.target.value })} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
