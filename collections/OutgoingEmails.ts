import type { CollectionConfig } from 'payload'
import { MAIL_KINDS, MAIL_STATUSES } from '@/lib/mail/kinds'
import { isAdmin } from './access/isAdmin'
import { hiddenFromCoordinators } from './admin/hiddenFromCoordinators'

const nobody = () => false

/**
 * The outbox: every e-mail the site sends, written in the same transaction as what caused it and sent
 * by the job runner (lib/mail/outbox.ts). Admins see what is queued, sent or failed and why; only
 * server code writes it.
 */
export const OutgoingEmails: CollectionConfig = {
  slug: 'outgoing-emails',
  labels: { singular: 'E-mail', plural: 'E-mails (verzonden en in de wachtrij)' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'kind', 'status', 'attempts', 'sentAt', 'createdAt'],
    group: 'Beheer',
    description: 'Alle e-mails van de website. Mislukt het versturen, dan probeert de website het later opnieuw.',
    hidden: hiddenFromCoordinators,
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'kind', type: 'select', label: 'Soort', required: true, options: MAIL_KINDS.map((kind) => ({ ...kind })), index: true },
    { name: 'to', type: 'email', label: 'Aan', required: true, index: true },
    { name: 'subject', type: 'text', label: 'Onderwerp', required: true },
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      defaultValue: 'queued',
      options: MAIL_STATUSES.map((status) => ({ ...status })),
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', label: 'Pogingen', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'lastError', type: 'text', label: 'Laatste foutmelding', admin: { position: 'sidebar' } },
    { name: 'sentAt', type: 'date', label: 'Verzonden op', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'text', type: 'textarea', label: 'Tekst', required: true },
    { name: 'html', type: 'code', label: 'HTML', required: true, admin: { language: 'html' } },
    // [{ filename, contentType, content }] with text content (the .ics of an edition).
    { name: 'attachments', type: 'json', label: 'Bijlagen' },
    { name: 'registration', type: 'relationship', relationTo: 'registrations', label: 'Aanmelding', index: true },
  ],
}
