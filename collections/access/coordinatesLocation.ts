import type { Access } from 'payload'
import { coordinatedLocationIds, hasRole } from './roles'

/** Admins edit every location; a coordinator only the locations assigned to them. */
export const coordinatesLocation: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'coordinator')) return false
  return { id: { in: coordinatedLocationIds(user) } }
}
