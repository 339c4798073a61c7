import { statsBuffer } from './buffer.mjs'
import { statsWeek } from './calendar.mjs'

/**
 * Count one stored sign-up for the reach figures: course, edition and how the person heard of us,
 * per week. Nothing about the person. No edition (interest for a next time) is counted as ''.
 */
export function countSignUp(courseId: number, edition: string | null | undefined, heardFrom: string | null | undefined): void {
  statsBuffer()?.add('signUp', [statsWeek(), courseId, edition ?? '', heardFrom ?? ''])
}
