import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '@/collections/access/isAdmin'
import { selfOrAdmin } from '@/collections/access/selfOrAdmin'
import { env } from '@/lib/env'
import { removeUserTraces } from './hooks/removeUserTraces'
import { requireStrongPassword } from './hooks/requireStrongPassword'
import { forgetSuccessfulLogin, throttleSignIn } from './hooks/throttleSignIn'
import { hiddenFromCoordinators } from '@/collections/admin/hiddenFromCoordinators'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Beheer', hidden: hiddenFromCoordinators },
  auth: {
    // Lock an account for 10 minutes after 5 wrong passwords.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // HttpOnly always; Secure whenever the site is served over https; not sent on cross-site posts.
    cookies: { secure: env.SITE_URL.startsWith('https://'), sameSite: 'Lax' },
  },
  hooks: {
    beforeOperation: [requireStrongPassword, throttleSignIn],
    afterLogin: [forgetSuccessfulLogin],
    beforeDelete: [removeUserTraces],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: 'Naam' },
    {
      name: 'role',
      type: 'select',
      label: 'Rol',
      required: true,
      defaultValue: 'coordinator',
      saveToJWT: true,
      options: [
        { label: 'Beheerder', value: 'admin' },
        { label: 'Coördinator', value: 'coordinator' },
      ],
      // Nobody promotes themselves: only admins set roles, their own included.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'locations',
      type: 'relationship',
      label: 'Locaties',
      relationTo: 'locations',
      hasMany: true,
      saveToJWT: true,
      admin: {
        description: 'De huiskamers die deze coördinator mag bewerken.',
        condition: (data) => data?.role === 'coordinator',
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'hoursReminder',
      type: 'checkbox',
      label: 'Herinnering per e-mail als de openingstijden meer dan 30 dagen niet zijn nagekeken',
      defaultValue: true,
      admin: { condition: (data) => data?.role === 'coordinator' },
    },
  ],
}
