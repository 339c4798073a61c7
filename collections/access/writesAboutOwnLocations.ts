import type { Access, Validate } from 'payload'
import { coordinatedLocationIds, hasRole } from './roles'

/**
 * Admins change every document; a coordinator only documents whose `field` (a relationship to
 * locations) names one of their own locations.
 */
export const writesAboutOwnLocations =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'coordinator')) return false
    return { [field]: { in: coordinatedLocationIds(user) } }
  }

type RelationValue = number | { id: number } | { value: number | { id: number } }

const idOf = (value: RelationValue): number => {
  const inner = typeof value === 'object' && 'value' in value ? value.value : value
  return typeof inner === 'number' ? inner : inner.id
}

/** A coordinator's document names at least one location (one or many), and only locations they look after. */
export const onlyOwnLocations: Validate<unknown> = (value, { req: { user } }) => {
  if (!hasRole(user, 'coordinator')) return true
  const chosen = (value == null ? [] : Array.isArray(value) ? value : [value]) as RelationValue[]
  if (chosen.length === 0) return 'Kies de huiskamer waar dit over gaat.'
  const own = new Set(coordinatedLocationIds(user))
  return chosen.map(idOf).every((id) => own.has(id)) ? true : 'Je kunt dit alleen doen voor je eigen huiskamers.'
}

/** In the admin, a coordinator only gets their own locations to choose from. */
export const ownLocationOptions = ({ user }: { user: Parameters<typeof coordinatedLocationIds>[0] & Parameters<typeof hasRole>[0] }) =>
  hasRole(user, 'coordinator') ? { id: { in: coordinatedLocationIds(user) } } : true
