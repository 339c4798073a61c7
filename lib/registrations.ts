import type { Payload } from 'payload'
import type { Course } from '@/payload-types'
import { upcomingEditions, type Edition } from './courses'
import { env } from './env'
import type { RegistrationInput } from './registration-input'
import { countSignUp } from './stats/count'

export type Placement = { edition?: Edition; waitlisted: boolean }
export type SignUpOutcome = { waitlisted: boolean; interest: boolean; duplicate: boolean }

/** Statuses that take a seat in an edition. */
const SEATED = ['new', 'contacted', 'enrolled']

/**
 * Which edition a sign-up is for: the next upcoming one. A full edition (by status, or by seats taken)
 * puts the person on its waiting list; with no edition planned the sign-up registers interest.
 */
export function placeSignUp(course: Pick<Course, 'editions'>, seatsTaken: (edition: Edition) => number, now = new Date()): Placement {
  const edition = upcomingEditions(course, now)[0]
  if (!edition) return { waitlisted: false }
  const full = edition.status === 'full' || (edition.capacity != null && seatsTaken(edition) >= edition.capacity)
  return { edition, waitlisted: full }
}

/**
 * Store a sign-up once. The idempotency key (one per rendered form) makes a double click or a resubmit
 * return the first outcome instead of creating a second record. The staff e-mail goes out only after
 * the registration is committed, and a failing mail server never loses it.
 */
export async function registerForCourse(
  payload: Payload,
  course: Course,
  input: RegistrationInput,
  idempotencyKey: string,
): Promise<SignUpOutcome> {
  const existing = await findByKey(payload, idempotencyKey)
  if (existing) return existing

  const edition = upcomingEditions(course)[0]
  const seats = edition
    ? (
        await payload.count({
          collection: 'registrations',
          where: { and: [{ course: { equals: course.id } }, { editionId: { equals: edition.id } }, { status: { in: SEATED } }] },
          overrideAccess: true,
        })
      ).totalDocs
    : 0
  const placement = placeSignUp(course, () => seats)

  try {
    await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      data: {
        course: course.id,
        editionId: placement.edition?.id ?? undefined,
        editionLabel: placement.edition?.label ?? undefined,
        ...input,
        consent: true,
        status: placement.waitlisted ? 'waitlisted' : 'new',
        idempotencyKey,
      },
    })
  } catch (error) {
    // Two submits of the same form at the same moment: the unique key lets exactly one through.
    const duplicate = await findByKey(payload, idempotencyKey)
    if (duplicate) return duplicate
    throw error
  }

  countSignUp(course.id, placement.edition?.label, input.heardFrom)
  await notifyStaff(payload, course, input, placement)
  return { waitlisted: placement.waitlisted, interest: !placement.edition, duplicate: false }
}

async function findByKey(payload: Payload, idempotencyKey: string): Promise<SignUpOutcome | null> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { idempotencyKey: { equals: idempotencyKey } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const doc = docs[0]
  return doc ? { waitlisted: doc.status === 'waitlisted', interest: !doc.editionId, duplicate: true } : null
}

async function notifyStaff(payload: Payload, course: Course, input: RegistrationInput, placement: Placement): Promise<void> {
  if (!env.STAFF_NOTIFY_EMAIL) return
  const what = placement.edition
    ? `${placement.edition.label}${placement.waitlisted ? ' (wachtlijst)' : ''}`
    : 'interesse voor de volgende keer'
  try {
    await payload.sendEmail({
      to: env.STAFF_NOTIFY_EMAIL,
      subject: `Nieuwe aanmelding ${course.shortName}: ${input.name}`,
      text: `${input.name} heeft zich aangemeld voor ${course.title}: ${what}.\nBekijk de aanmelding in het beheer: ${env.SITE_URL}/admin/collections/registrations`,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Staff notification for a sign-up failed; the registration is saved.' })
  }
}
