import type { UIFieldServerProps } from 'payload'
import { hasRole } from '@/collections/access/roles'
import type { Edition } from '@/lib/courses'
import { countsPerEdition } from '@/lib/registration-export'
import { REGISTRATION_STATUSES } from '@/lib/registration-statuses'

/** On a course's admin page: how many registrations each edition has per status, and its CSV (admins). */
export async function RegistrationCounts({ payload, id, data, req }: UIFieldServerProps) {
  if (!id) return null
  const counts = await countsPerEdition(payload, Number(id))
  const editions = ((data?.editions ?? []) as Edition[]).filter((edition) => edition.id)
  const interest = counts.get('')
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>Aanmeldingen per editie</h3>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>Editie</th>
            {REGISTRATION_STATUSES.map((status) => (
              <th key={status.value} style={{ textAlign: 'right' }}>
                {status.label}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.id}>
              <td>{edition.label}</td>
              {REGISTRATION_STATUSES.map((status) => (
                <td key={status.value} style={{ textAlign: 'right' }}>
                  {counts.get(edition.id!)?.[status.value] ?? 0}
                </td>
              ))}
              <td style={{ textAlign: 'right' }}>
                {hasRole(req.user, 'admin') && (
                  <a href={`/api/registrations/export?course=${id}&edition=${encodeURIComponent(edition.id!)}`} download>
                    CSV
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {interest && <p>Interesse voor de volgende keer (zonder editie): {Object.values(interest).reduce((sum, count) => sum + (count ?? 0), 0)}</p>}
    </div>
  )
}
