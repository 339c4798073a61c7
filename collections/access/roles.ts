import type { User } from '@/payload-types'

export type Role = User['role']

type MaybeUser = { role?: Role | null } | null | undefined

/** The one role check every access rule goes through. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}

/** IDs of the locations a coordinator looks after (relationship values may be populated). */
export function coordinatedLocationIds(user: { locations?: (number | { id: number })[] | null } | null | undefined): number[] {
  return (user?.locations ?? []).map((location) => (typeof location === 'number' ? location : location.id))
}
