import type { PayloadRequest, TaskConfig } from 'payload'
import { env } from '@/lib/env'
import type { MailKind } from './kinds'

export type Attachment = { filename: string; contentType: string; content: string }

export type Mail = {
  kind: MailKind
  to: string
  subject: string
  html: string
  text: string
  attachments?: Attachment[]
  registration?: number
}

export const MAIL_QUEUE = 'mail'
export const SEND_MAIL_TASK = 'sendEmail'

/**
 * Retries with exponential backoff: 30 s, 1, 2, 4, 8 … minutes. Ten attempts cover an SMTP outage of
 * several hours; after that the message is marked failed with the reason for an admin to see.
 */
export const MAIL_RETRIES = { attempts: 10, backoff: { type: 'exponential' as const, delay: 30_000 } }

/**
 * Put a mail in the outbox and queue its job. Pass the `req` of the change that caused it: both rows
 * are then written in that change's transaction, so a saved sign-up always has its mails, and a
 * rolled-back one has none.
 */
export async function queueMail(req: PayloadRequest, mail: Mail): Promise<number> {
  const message = await req.payload.create({
    collection: 'outgoing-emails',
    data: { ...mail, status: 'queued', attempts: 0 },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: SEND_MAIL_TASK, input: { messageId: message.id }, queue: MAIL_QUEUE, req })
  return message.id
}

type SendMailTask = { input: { messageId: number }; output: { sent: boolean } }

/**
 * Send one outbox message. Jobs run outside a transaction, so each update below is committed on its
 * own: the attempt count and the reason survive a failure. A message already marked sent is never
 * sent again (the job runner locks the job row, and only one process runs jobs: RUN_JOBS).
 */
export const sendEmailTask: TaskConfig<SendMailTask> = {
  slug: SEND_MAIL_TASK,
  label: 'E-mail versturen',
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox', required: true }],
  retries: MAIL_RETRIES,
  handler: async ({ input, req }) => {
    const message = await req.payload.findByID({ collection: 'outgoing-emails', id: input.messageId, overrideAccess: true, disableErrors: true, depth: 0, req })
    // Deleted (the person cancelled and their data went with it) or already delivered.
    if (!message || message.status === 'sent') return { output: { sent: false } }
    const attempts = (message.attempts ?? 0) + 1
    try {
      await req.payload.sendEmail({
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: (message.attachments as Attachment[] | null | undefined) ?? undefined,
      })
    } catch (error) {
      // The first try plus its retries: after the last one Payload gives the job up.
      const lastAttempt = attempts >= MAIL_RETRIES.attempts + 1
      await req.payload.update({
        collection: 'outgoing-emails',
        id: message.id,
        data: { attempts, lastError: error instanceof Error ? error.message : String(error), status: lastAttempt ? 'failed' : 'queued' },
        overrideAccess: true,
        req,
      })
      req.payload.logger.error({ err: error, msg: `E-mail ${message.id} (${message.kind}) not sent, attempt ${attempts}` })
      throw error
    }
    await req.payload.update({
      collection: 'outgoing-emails',
      id: message.id,
      // Without SMTP (local runs), Payload only writes the mail to the log: say so instead of looking delivered.
      data: { attempts, status: 'sent', sentAt: new Date().toISOString(), lastError: env.SMTP_HOST ? null : 'Alleen in het log gezet: SMTP_HOST is niet ingesteld.' },
      overrideAccess: true,
      req,
    })
    return { output: { sent: true } }
  },
}
