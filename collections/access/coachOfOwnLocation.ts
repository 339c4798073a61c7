import type { Access } from 'payload'
import { coordinatedLocationIds, hasRole } from './roles'

/** Admins edit every coach; a coordinator the coaches who work at one of their locations. */
export const coachOfOwnLocation: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'coordinator')) return false
  return { locations: { in: coordinatedLocationIds(user) } }
}
