import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { Course } from '@/payload-types'
import { upcomingEditions, type Edition } from './courses'
import { queueSignUpMails } from './mail/signUpMails'
import type { RegistrationInput } from './registration-input'
import { countSignUp } from './stats/count'

export type Placement = { edition?: Edition; waitlisted: boolean }
export type SignUpOutcome = { waitlisted: boolean; interest: boolean; duplicate: boolean }

/** Statuses that take a seat in an edition. */
export const SEATED = ['new', 'contacted', 'intake', 'enrolled']

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
 * return the first outcome instead of creating a second record. The registration and its mails (the
 * confirmation, the staff notice) are written in one transaction: the job runner sends them after the
 * commit, and a mail server that is down delays them without losing any.
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

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const registration = await payload.create({
      collection: 'registrations',
      overrideAccess: true,
      req,
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
    await queueSignUpMails(req, course, registration, placement.edition)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    // Two submits of the same form at the same moment: the unique key lets exactly one through.
    const duplicate = await findByKey(payload, idempotencyKey)
    if (duplicate) return duplicate
    throw error
  }

  countSignUp(course.id, placement.edition?.label, input.heardFrom)
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
