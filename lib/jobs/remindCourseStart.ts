import type { TaskConfig } from 'payload'
import { env } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { fullAddress } from '@/lib/locations'
import { courseReminder } from '@/lib/mail/courseReminder'
import { queueMail } from '@/lib/mail/outbox'
import { contactEmail } from '@/lib/mail/signUpMails'
import { addDays, amsterdamWallClock } from '@/lib/opening-hours'
import type { Location } from '@/payload-types'

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * Daily (07:00): people accepted for an edition whose first meeting is the day after tomorrow
 * (Amsterdam) get a reminder with the place and, when the start date carries one, the time.
 * `courseReminderSentAt` on the registration makes a second run (or a second day) send nothing twice.
 */
export const remindCourseStart: TaskConfig<{ input: object; output: { mailed: number } }> = {
  slug: 'remindCourseStart',
  label: 'Herinnering start cursus aan aangenomen deelnemers',
  schedule: [{ cron: '0 7 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'mailed', type: 'number', required: true }],
  handler: async ({ req }) => {
    const target = addDays(amsterdamWallClock(new Date()).date, 2)
    const { docs: courses } = await req.payload.find({ collection: 'courses', pagination: false, depth: 1, overrideAccess: true, req, select: { title: true, editions: true } })
    const editions = courses.flatMap((course) =>
      (course.editions ?? []).filter((edition) => edition.id && edition.status !== 'cancelled' && amsterdamWallClock(new Date(edition.startDate)).date === target).map((edition) => ({ course, edition })),
    )
    let mailed = 0
    for (const { course, edition } of editions) {
      const { docs: accepted } = await req.payload.find({
        collection: 'registrations',
        where: { and: [{ course: { equals: course.id } }, { editionId: { equals: edition.id } }, { status: { equals: 'enrolled' } }, { courseReminderSentAt: { exists: false } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const start = amsterdamWallClock(new Date(edition.startDate))
      const place = typeof edition.location === 'object' && edition.location ? (edition.location as Location) : undefined
      for (const registration of accepted) {
        const mail = await courseReminder({
          name: registration.name,
          courseTitle: course.title,
          date: formatDate(edition.startDate),
          time: start.minutes ? clock(start.minutes) : undefined,
          place: place ? `${place.name}, ${fullAddress(place)}` : undefined,
          siteUrl: env.SITE_URL,
          contactEmail: contactEmail(),
        })
        await queueMail(req, { kind: 'course-reminder', to: registration.email, ...mail, registration: registration.id })
        await req.payload.update({ collection: 'registrations', id: registration.id, data: { courseReminderSentAt: new Date().toISOString() }, overrideAccess: true, req })
        mailed++
      }
    }
    return { output: { mailed } }
  },
}
