import type { Access, Validate } from 'payload'
import { coordinatedLocationIds, hasRole } from './roles'

/** Admins change every post; a coordinator only posts about one of their own locations. */
export const writesAboutOwnLocations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'coordinator')) return false
  return { locations: { in: coordinatedLocationIds(user) } }
}

type RelationValue = number | { id: number } | { value: number | { id: number } }

const idOf = (value: RelationValue): number => {
  const inner = typeof value === 'object' && 'value' in value ? value.value : value
  return typeof inner === 'number' ? inner : inner.id
}

/** A coordinator's post names at least one location, and only locations they look after. */
export const onlyOwnLocations: Validate<unknown> = (value, { req: { user } }) => {
  if (!hasRole(user, 'coordinator')) return true
  const chosen = Array.isArray(value) ? (value as RelationValue[]).map(idOf) : []
  if (chosen.length === 0) return 'Kies de huiskamer waar dit bericht over gaat.'
  const own = new Set(coordinatedLocationIds(user))
  return chosen.every((id) => own.has(id)) ? true : 'Je kunt alleen berichten schrijven over je eigen huiskamers.'
}
