import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins manage all accounts; anyone logged in reads and updates only their own. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  return { id: { equals: user.id } }
}
