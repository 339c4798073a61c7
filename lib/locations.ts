import type { Location } from '@/payload-types'
import type { Closure, OpeningSlot } from './opening-hours'

/** A location is current until its `activeUntil` date has passed. */
export function isCurrentLocation(location: Pick<Location, 'activeUntil'>, now = new Date()): boolean {
  return !location.activeUntil || new Date(location.activeUntil) > now
}

export function isHuiskamer(location: Pick<Location, 'kind'>): boolean {
  return location.kind === 'huiskamer'
}

/** Opening hours and closures in the shape the pure opening-hours logic works with. */
export function scheduleOf(location: Pick<Location, 'openingHours' | 'closures'>): {
  slots: OpeningSlot[]
  closures: Closure[]
} {
  return {
    slots: (location.openingHours ?? []).map(({ day, opens, closes, note }) => ({ day, opens, closes, note })),
    closures: (location.closures ?? []).map(({ from, until, reason }) => ({ from, until, reason })),
  }
}

export function fullAddress(location: Pick<Location, 'address'>): string {
  const { street, postcode, city } = location.address
  return [street, [postcode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

/** OpenStreetMap: a route to the coordinates when known, otherwise a search for the address. */
export function routeUrl(location: Pick<Location, 'address' | 'coordinates'>): string {
  const { lat, lng } = location.coordinates ?? {}
  if (typeof lat === 'number' && typeof lng === 'number') {
    return `https://www.openstreetmap.org/directions?to=${lat}%2C${lng}#map=17/${lat}/${lng}`
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(fullAddress(location))}`
}
