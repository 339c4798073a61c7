import type { ServerProps } from 'payload'
import { coordinatedLocationIds, hasRole } from '@/collections/access/roles'
import { formatDate } from '@/lib/format'
import { HoursCheckedButton } from './HoursCheckedButton.client'

/**
 * A coordinator's start page: their own huiskamers first, one tap to the opening hours, and
 * "Tijden vandaag gecontroleerd" right there. Admins see Payload's usual dashboard.
 */
export async function CoordinatorStart({ payload, user }: ServerProps) {
  if (!hasRole(user as { role?: 'admin' | 'coordinator' } | null, 'coordinator')) return null
  const ids = coordinatedLocationIds(user as { locations?: (number | { id: number })[] | null })
  const { docs } = ids.length
    ? await payload.find({ collection: 'locations', where: { id: { in: ids } }, depth: 0, limit: 20, sort: 'name' })
    : { docs: [] }
  return (
    <section aria-labelledby="jouw-huiskamers" style={{ marginBottom: 32 }}>
      <h2 id="jouw-huiskamers" style={{ marginBottom: 12 }}>
        Jouw huiskamers
      </h2>
      {docs.length === 0 && <p>Er zijn nog geen huiskamers aan je gekoppeld. Vraag een beheerder om dat te doen.</p>}
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 12 }}>
        {docs.map((location) => (
          <li key={location.id} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 8, padding: 16 }}>
            <h3 style={{ margin: 0 }}>{location.name}</h3>
            <p style={{ margin: '4px 0 12px' }}>
              Tijden gecontroleerd: {location.hoursCheckedAt ? formatDate(location.hoursCheckedAt) : 'nog niet'}
            </p>
            <p style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: 0 }}>
              <a href={`/admin/collections/locations/${location.id}`}>Openingstijden aanpassen</a>
              <HoursCheckedButton locationId={location.id} name={location.name} />
            </p>
          </li>
        ))}
      </ul>
      <p style={{ marginTop: 16 }}>
        Ook: <a href="/admin/collections/posts/create">nieuw bericht schrijven</a> ·{' '}
        <a href="/admin/collections/activities/create">activiteit toevoegen</a> · <a href="/admin/collections/registrations">aanmeldingen</a>
      </p>
    </section>
  )
}
