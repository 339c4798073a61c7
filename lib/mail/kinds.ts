/** Which e-mails the site sends (the outbox's "Soort" column). */
export const MAIL_KINDS = [
  { value: 'sign-up-confirmation', label: 'Bevestiging aanmelding' },
  { value: 'staff-sign-up', label: 'Nieuwe aanmelding (medewerkers)' },
  { value: 'place-offered', label: 'Plek vrij (wachtlijst)' },
  { value: 'staff-cancellation', label: 'Afmelding (medewerkers)' },
  { value: 'hours-reminder', label: 'Herinnering openingstijden' },
  { value: 'course-reminder', label: 'Herinnering start cursus' },
] as const

export type MailKind = (typeof MAIL_KINDS)[number]['value']

export const MAIL_STATUSES = [
  { value: 'queued', label: 'In de wachtrij' },
  { value: 'sent', label: 'Verzonden' },
  { value: 'failed', label: 'Mislukt' },
] as const

export type Locale = 'nl'
