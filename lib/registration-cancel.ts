import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { Course } from '@/payload-types'
import { env } from './env'
import { placeOffered } from './mail/placeOffered'
import { queueMail } from './mail/outbox'
import { contactEmail, manageUrl } from './mail/signUpMails'
import { staffNotice } from './mail/staffNotice'
import { SEATED } from './registrations'

export type CancelOutcome = { cancelled: boolean; offeredTo?: number }

/**
 * Cancel a registration from the personal link (AVG: verwijdering). The registration and the mails that
 * held its personal data are deleted; a seat it held goes to the first person on that edition's waiting
 * list, who gets an e-mail, and staff get a notice. All in one transaction.
 */
export async function cancelRegistration(payload: Payload, registrationId: number): Promise<CancelOutcome> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const registration = await payload.findByID({ collection: 'registrations', id: registrationId, depth: 1, overrideAccess: true, disableErrors: true, req })
    if (!registration) {
      await commitTransaction(req)
      return { cancelled: false }
    }
    const course = registration.course as Course
    await payload.delete({ collection: 'outgoing-emails', where: { registration: { equals: registration.id } }, overrideAccess: true, req })
    await payload.delete({ collection: 'registrations', id: registration.id, overrideAccess: true, req })

    const edition = course.editions?.find((candidate) => candidate.id === registration.editionId)
    let offeredTo: number | undefined
    let staffLine = `Iemand heeft zich afgemeld voor ${course.title}${registration.editionLabel ? `, ${registration.editionLabel}` : ''}. De gegevens zijn verwijderd.`
    if (edition && SEATED.includes(registration.status)) {
      const next = (
        await payload.find({
          collection: 'registrations',
          where: { and: [{ course: { equals: course.id } }, { editionId: { equals: edition.id } }, { status: { equals: 'waitlisted' } }] },
          sort: 'createdAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs[0]
      if (next) {
        const note = `Plek vrijgekomen door een afmelding op ${new Date().toLocaleDateString('nl-NL')}: van de wachtlijst gehaald en gemaild.`
        await payload.update({
          collection: 'registrations',
          id: next.id,
          data: { status: 'new', staffNotes: [next.staffNotes, note].filter(Boolean).join('\n') },
          overrideAccess: true,
          req,
        })
        const offer = await placeOffered({
          name: next.name,
          courseTitle: course.title,
          editionLabel: edition.label,
          manageUrl: manageUrl(next, edition),
          siteUrl: env.SITE_URL,
          contactEmail: contactEmail(),
        })
        await queueMail(req, { kind: 'place-offered', to: next.email, ...offer, registration: next.id })
        offeredTo = next.id
        staffLine += ` De plek is aangeboden aan ${next.name}, de eerste op de wachtlijst.`
      }
    }
    if (env.STAFF_NOTIFY_EMAIL) {
      const notice = await staffNotice(
        `Afmelding ${course.shortName}${offeredTo ? ': plek aangeboden aan de wachtlijst' : ''}`,
        [staffLine],
        `${env.SITE_URL}/admin/collections/registrations${offeredTo ? `/${offeredTo}` : ''}`,
        env.SITE_URL,
        contactEmail(),
      )
      await queueMail(req, { kind: 'staff-cancellation', to: env.STAFF_NOTIFY_EMAIL, ...notice, registration: offeredTo })
    }
    await commitTransaction(req)
    return { cancelled: true, offeredTo }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
