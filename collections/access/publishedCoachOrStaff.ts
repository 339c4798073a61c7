import type { Access } from 'payload'
import { hasRole } from './roles'

/** A coach is public only with consent (`published`); staff see every entry. */
export const publishedCoachOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator') || { published: { equals: true } }
