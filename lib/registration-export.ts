import type { Payload } from 'payload'
import { z } from 'zod'
import type { Registration } from '@/payload-types'
import { STATUS_LABELS } from './registration-statuses'

/** Which edition to export: from the admin's query string, checked before it reaches a query. */
export const exportQuery = z.object({ course: z.coerce.number().int().positive(), edition: z.string().trim().min(1).max(64) })

const COLUMNS: [string, (row: Registration) => string | null | undefined][] = [
  ['Naam', (row) => row.name],
  ['E-mail', (row) => row.email],
  ['Telefoon', (row) => row.phone],
  ['Status', (row) => STATUS_LABELS[row.status]],
  ['Editie', (row) => row.editionLabel],
  ['Aangemeld op', (row) => row.createdAt.slice(0, 10)],
  ['Motivatie', (row) => row.motivation],
  ['Notities', (row) => row.staffNotes],
]

function cell(value: string | null | undefined): string {
  const text = value ?? ''
  // A cell starting with = + - @ is a formula to Excel: quote it as text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * One edition's list for Excel: UTF-8 with a byte-order mark (without it Excel shows "Ã©" for "é"),
 * semicolons (Dutch Excel's list separator), CRLF line ends.
 */
export function registrationsCsv(rows: Registration[]): string {
  const lines = [COLUMNS.map(([title]) => title), ...rows.map((row) => COLUMNS.map(([, value]) => value(row)))]
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`
}

export async function editionRegistrations(payload: Payload, course: number, edition: string): Promise<Registration[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ course: { equals: course } }, { editionId: { equals: edition } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** Registrations of a course counted per edition and status, for the course's admin page. */
export async function countsPerEdition(payload: Payload, course: number): Promise<Map<string, Partial<Record<Registration['status'], number>>>> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { course: { equals: course } },
    select: { editionId: true, status: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const counts = new Map<string, Partial<Record<Registration['status'], number>>>()
  for (const doc of docs) {
    const key = doc.editionId ?? ''
    const perStatus = counts.get(key) ?? {}
    perStatus[doc.status] = (perStatus[doc.status] ?? 0) + 1
    counts.set(key, perStatus)
  }
  return counts
}
