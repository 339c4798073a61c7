import type { TaskConfig } from 'payload'
import { env } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { HOURS_CHECK_PAGE, isStale, issueHoursCheckToken } from '@/lib/hours-check-link'
import { hoursReminder } from '@/lib/mail/hoursReminder'
import { queueMail } from '@/lib/mail/outbox'
import { contactEmail } from '@/lib/mail/signUpMails'

/**
 * Weekly (Monday 08:00): every coordinator who has not switched the reminder off gets one mail listing
 * their huiskamers whose hours were last checked more than 30 days ago, or never.
 */
export const remindStaleHours: TaskConfig<{ input: object; output: { mailed: number } }> = {
  slug: 'remindStaleHours',
  label: 'Herinnering openingstijden aan coördinatoren',
  schedule: [{ cron: '0 8 * * 1', queue: 'nightly' }],
  outputSchema: [{ name: 'mailed', type: 'number', required: true }],
  handler: async ({ req }) => {
    const now = Date.now()
    const { docs: coordinators } = await req.payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'coordinator' } }, { hoursReminder: { not_equals: false } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const ids = [...new Set(coordinators.flatMap((user) => (user.locations ?? []).map((location) => (typeof location === 'object' ? location.id : location))))]
    const { docs: locations } = ids.length
      ? await req.payload.find({ collection: 'locations', where: { id: { in: ids } }, select: { name: true, hoursCheckedAt: true }, pagination: false, depth: 0, overrideAccess: true, req })
      : { docs: [] }
    const stale = new Map(locations.filter((location) => isStale(location.hoursCheckedAt, now)).map((location) => [location.id, location]))

    let mailed = 0
    for (const user of coordinators) {
      const own = (user.locations ?? []).map((location) => stale.get(typeof location === 'object' ? location.id : location)).filter((location) => location !== undefined)
      if (own.length === 0) continue
      const mail = await hoursReminder({
        name: user.name ?? user.email,
        locations: own.map((location) => ({
          name: location.name,
          checkedAt: location.hoursCheckedAt ? formatDate(location.hoursCheckedAt) : undefined,
          confirmUrl: `${env.SITE_URL}${HOURS_CHECK_PAGE}/${issueHoursCheckToken(env.PAYLOAD_SECRET, { locationId: location.id, issuedAt: now })}`,
          editUrl: `${env.SITE_URL}/admin/collections/locations/${location.id}`,
        })),
        accountUrl: `${env.SITE_URL}/admin/account`,
        siteUrl: env.SITE_URL,
        contactEmail: contactEmail(),
      })
      await queueMail(req, { kind: 'hours-reminder', to: user.email, ...mail })
      mailed++
    }
    return { output: { mailed } }
  },
}
