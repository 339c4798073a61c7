import type { Payload } from 'payload'
import { coordinatedLocationIds, hasRole } from '@/collections/access/roles'
import type { User } from '@/payload-types'

/** Who sees the "Bereik" dashboard and its exports: admins and coordinators (aggregates only, no personal data). */
export function canSeeReach(user: { role?: User['role'] | null } | null | undefined): boolean {
  return hasRole(user, 'admin', 'coordinator')
}

/** The page paths of a coordinator's own huiskamers: shown first in their top pages. */
export async function ownLocationPaths(payload: Payload, user: Pick<User, 'role' | 'locations'>): Promise<string[]> {
  const ids = hasRole(user, 'coordinator') ? coordinatedLocationIds(user) : []
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'locations', where: { id: { in: ids } }, depth: 0, limit: 50, select: { slug: true } })
  return docs.map((location) => `/locaties/${location.slug}`)
}
