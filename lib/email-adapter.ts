import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import { env } from './env'

/**
 * Payload e-mail through SMTP when SMTP_HOST is set. Without it, Payload's default (no adapter) writes
 * each e-mail to the log: nodemailerAdapter would otherwise create an ethereal.email test account,
 * which needs the internet and sends nothing anyone reads.
 */
export function smtpEmailAdapter(): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM,
    defaultFromName: 'Doen & Laten website',
    transportOptions: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_PORT === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    },
  })
}
