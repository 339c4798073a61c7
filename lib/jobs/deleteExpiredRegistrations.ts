import type { TaskConfig } from 'payload'
import { env } from '@/lib/env'

/** Cut-off date for keeping sign-ups (AVG/GDPR): older registrations are deleted. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** Nightly: delete registrations and outbox mails older than REGISTRATION_RETENTION_MONTHS (default 12). */
export const deleteExpiredRegistrations: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteExpiredRegistrations',
  label: 'Oude aanmeldingen verwijderen',
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => {
    const cutoff = retentionCutoff(new Date(), env.REGISTRATION_RETENTION_MONTHS)
    const { docs } = await req.payload.delete({
      collection: 'registrations',
      where: { createdAt: { less_than: cutoff.toISOString() } },
      overrideAccess: true,
      req,
    })
    // The outbox holds names and addresses too: its mails go after the same period.
    const mails = await req.payload.delete({ collection: 'outgoing-emails', where: { createdAt: { less_than: cutoff.toISOString() } }, overrideAccess: true, req })
    req.payload.logger.info({ msg: 'Deleted expired registrations and mails', deleted: docs.length, mails: mails.docs.length, cutoff })
    return { output: { deleted: docs.length } }
  },
}
