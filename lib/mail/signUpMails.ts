import type { PayloadRequest } from 'payload'
import type { Edition } from '@/lib/courses'
import { env } from '@/lib/env'
import { editionCalendar } from '@/lib/ical'
import { fullAddress } from '@/lib/locations'
import { issueRegistrationToken, linkExpiry, REGISTRATION_PAGE } from '@/lib/registration-link'
import type { Course, Registration } from '@/payload-types'
import { queueMail } from './outbox'
import { signUpConfirmation } from './signUpConfirmation'
import { staffNotice } from './staffNotice'

export const contactEmail = () => env.STAFF_NOTIFY_EMAIL ?? env.MAIL_FROM

export function manageUrl(registration: Pick<Registration, 'id'>, edition: Edition | undefined): string {
  const token = issueRegistrationToken(env.PAYLOAD_SECRET, { registrationId: registration.id, expiresAt: linkExpiry(edition) })
  return `${env.SITE_URL}${REGISTRATION_PAGE}/${token}`
}

/** The volunteer's confirmation (with the edition's dates as .ics) and the staff notice, in the sign-up's transaction. */
export async function queueSignUpMails(req: PayloadRequest, course: Course, registration: Registration, edition: Edition | undefined): Promise<void> {
  const placement = !edition ? 'interest' : registration.status === 'waitlisted' ? 'waitlist' : 'place'
  const location = edition && typeof edition.location === 'object' && edition.location ? edition.location : undefined
  const confirmation = await signUpConfirmation({
    name: registration.name,
    courseTitle: course.title,
    editionLabel: edition?.label,
    startDate: edition?.startDate,
    endDate: edition?.endDate,
    place: location ? `${location.name}, ${fullAddress(location)}` : undefined,
    placement,
    manageUrl: manageUrl(registration, edition),
    siteUrl: env.SITE_URL,
    contactEmail: contactEmail(),
  })
  await queueMail(req, {
    kind: 'sign-up-confirmation',
    to: registration.email,
    ...confirmation,
    attachments: edition ? [{ filename: `${course.slug}.ics`, contentType: 'text/calendar; charset=utf-8', content: editionCalendar(course, edition, env.SITE_URL) }] : undefined,
    registration: registration.id,
  })

  if (!env.STAFF_NOTIFY_EMAIL) return
  const what = edition ? `${edition.label}${placement === 'waitlist' ? ' (wachtlijst)' : ''}` : 'interesse voor de volgende keer'
  const notice = await staffNotice(
    `Nieuwe aanmelding ${course.shortName}: ${registration.name}`,
    [`${registration.name} heeft zich aangemeld voor ${course.title}: ${what}.`],
    `${env.SITE_URL}/admin/collections/registrations/${registration.id}`,
    env.SITE_URL,
    contactEmail(),
  )
  await queueMail(req, { kind: 'staff-sign-up', to: env.STAFF_NOTIFY_EMAIL, ...notice, registration: registration.id })
}
