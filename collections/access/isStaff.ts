import type { Access } from 'payload'
import { hasRole } from './roles'

/** Any logged-in admin or coordinator. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'coordinator')
