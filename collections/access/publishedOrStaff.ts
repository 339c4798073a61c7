import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff read everything, drafts included; everyone else only published documents. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'coordinator') || { _status: { equals: 'published' } }
