import { z } from 'zod'

/** How people heard of the course: the options on the form and in the admin panel. */
export const HEARD_FROM = [
  { value: 'huiskamer', label: 'In een huiskamer van Doen & Laten' },
  { value: 'coach', label: 'Via een ervaringscoach' },
  { value: 'hulpverlener', label: 'Via een hulpverlener of begeleider' },
  { value: 'website', label: 'Via internet' },
  { value: 'anders', label: 'Anders' },
] as const

const HEARD_FROM_VALUES = ['huiskamer', 'coach', 'hulpverlener', 'website', 'anders'] as const satisfies readonly (typeof HEARD_FROM)[number]['value'][]

export const MOTIVATION_MAX = 1000

const PHONE = /^\+?[0-9 ()-]{6,20}$/

/**
 * The sign-up form, validated the same way in the browser and on the server. Messages are the Dutch
 * texts a visitor sees next to the field.
 */
export const registrationInput = z.object({
  name: z.string().trim().min(2, 'Vul je naam in.').max(120, 'Je naam is te lang (hooguit 120 tekens).'),
  email: z.string().trim().toLowerCase().pipe(z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE.test(value), 'Vul een geldig telefoonnummer in, of laat dit veld leeg.')
    .transform((value) => value || undefined),
  motivation: z
    .string()
    .trim()
    .max(MOTIVATION_MAX, `Je tekst is te lang (hooguit ${MOTIVATION_MAX} tekens).`)
    .transform((value) => value || undefined),
  // The empty "Kies…" option means "not answered".
  heardFrom: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(HEARD_FROM_VALUES, 'Kies een van de mogelijkheden.').optional(),
  ),
  consent: z.literal('ja', 'Geef toestemming dat we contact met je opnemen, anders kunnen we je niet bellen of mailen.'),
})

export type RegistrationInput = z.infer<typeof registrationInput>
export type FieldErrors = Partial<Record<keyof RegistrationInput, string>>

/** Field errors in form order, first message per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof RegistrationInput
    errors[field] ??= issue.message
  }
  return errors
}
