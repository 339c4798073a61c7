import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { env } from './env'

/**
 * Payload e-mail through SMTP (nodemailer) when SMTP_HOST is set. Without it, Payload's default
 * (no adapter) writes each e-mail to the log, which is what development wants.
 */
export function smtpEmailAdapter(): EmailAdapter | undefined {
  if (!env.SMTP_HOST) return undefined
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_PORT === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: env.MAIL_FROM,
    defaultFromName: 'Doen & Laten website',
    sendEmail: ({ from, ...message }) =>
      transport.sendMail({ ...message, from: typeof from === 'string' ? from : env.MAIL_FROM }),
  })
}
