import type { Payload } from 'payload'
import { env, type Env } from '@/lib/env'

/** What is wrong or missing in the mail settings, in words an admin reading the log understands. */
export function mailSettingsProblems(settings: Pick<Env, 'NODE_ENV' | 'SMTP_HOST' | 'SMTP_USER' | 'SMTP_PASS' | 'MAIL_FROM' | 'STAFF_NOTIFY_EMAIL'>): string[] {
  const problems: string[] = []
  if (!settings.SMTP_HOST) {
    if (settings.NODE_ENV === 'production') {
      problems.push('SMTP_HOST is not set: no e-mail leaves this site (confirmations, reminders); each is written to the log instead. See README, "Mail".')
    }
    return problems
  }
  if (settings.SMTP_USER && !settings.SMTP_PASS) problems.push('SMTP_USER is set without SMTP_PASS: the mail server will refuse to log in.')
  if (settings.NODE_ENV === 'production' && !settings.STAFF_NOTIFY_EMAIL) problems.push('STAFF_NOTIFY_EMAIL is not set: staff get no mail about sign-ups and cancellations.')
  return problems
}

/** At start: one warning per problem, so a misconfigured server says so before the first sign-up. */
export function warnAboutMailSettings(payload: Payload): void {
  for (const problem of mailSettingsProblems(env)) payload.logger.warn(problem)
}
