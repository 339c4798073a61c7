/** The staff workflow of a registration: nieuw → gebeld → kennismaking gepland → aangenomen / niet aangenomen / afgemeld. */
export const REGISTRATION_STATUSES = [
  { label: 'Nieuw', value: 'new' },
  { label: 'Gebeld', value: 'contacted' },
  { label: 'Kennismaking gepland', value: 'intake' },
  { label: 'Aangenomen', value: 'enrolled' },
  { label: 'Niet aangenomen', value: 'declined' },
  { label: 'Afgemeld', value: 'withdrawn' },
  { label: 'Op de wachtlijst', value: 'waitlisted' },
] as const

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]['value']

export const STATUS_LABELS = Object.fromEntries(REGISTRATION_STATUSES.map(({ value, label }) => [value, label])) as Record<RegistrationStatus, string>
