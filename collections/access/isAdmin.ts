import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Admins only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins only, for fields a coordinator must not change (role, location assignment). */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
