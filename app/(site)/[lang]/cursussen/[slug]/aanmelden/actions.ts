'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { env } from '@/lib/env'
import { verifyFormToken } from '@/lib/form-token'
import { getPayloadClient } from '@/lib/payload'
import { getCourseBySlug } from '@/lib/queries/courses'
import { clientKey, hitRateLimit, requestClientAddress, SIGN_UP_LIMIT } from '@/lib/rate-limit'
import { fieldErrors, registrationInput, type FieldErrors } from '@/lib/registration-input'
import { registerForCourse } from '@/lib/registrations'
import { slugParams } from '@/lib/route-params'

export type SignUpState = { errors?: FieldErrors; formError?: string; values?: Record<string, string> }

/** A form must be open at least this long: bots fill it in instantly. */
const MIN_FILL_MS = 3_000
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000
// `token` travels back too: a corrected form keeps its render time and idempotency key.
const FIELDS = ['name', 'email', 'phone', 'motivation', 'heardFrom', 'consent', 'token'] as const

/** Shown when the database fails mid-request: the form comes back filled in, nothing was stored. */
const TRY_AGAIN_SOON =
  'Het lukte ons nu niet om je aanmelding op te slaan. Dat ligt aan ons. Je gegevens staan nog in het formulier: probeer het zo opnieuw.'

export async function submitSignUp(courseSlug: string, _previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? '')]))
  let result: SignUpState | { thankYou: string }
  try {
    result = await processSignUp(courseSlug, formData, values)
  } catch (error) {
    // A database outage must not end on a framework error page with everything typed lost.
    console.error('Sign-up could not be processed', error)
    return { formError: TRY_AGAIN_SOON, values }
  }
  // redirect() throws by design, so it stays outside the try.
  if ('thankYou' in result) redirect(result.thankYou)
  return result
}

/**
 * Check and store one sign-up: the thank-you address, or the form back with a message for the person.
 * Throws only when something on our side fails.
 */
async function processSignUp(
  courseSlug: string,
  formData: FormData,
  values: Record<string, string>,
): Promise<SignUpState | { thankYou: string }> {
  const { slug } = slugParams.parse({ slug: courseSlug })
  const course = slug ? await getCourseBySlug(slug, 'nl') : null
  if (!course?.active) return { formError: 'Voor deze cursus kun je je niet (meer) aanmelden.', values }

  // Honeypot: people never see this field; anything in it is a bot. It gets the normal thank-you.
  if (String(formData.get('website') ?? '') !== '') return { thankYou: `/cursussen/${course.slug}/aanmelden/bedankt` }

  const token = verifyFormToken(env.PAYLOAD_SECRET, String(formData.get('token') ?? ''))
  if (!token || Date.now() - token.issuedAt > MAX_FORM_AGE_MS) {
    return { formError: 'Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.', values }
  }
  if (Date.now() - token.issuedAt < MIN_FILL_MS) {
    return { formError: 'Dat ging erg snel. Kijk je gegevens nog even na en verstuur het formulier opnieuw.', values }
  }

  const parsed = registrationInput.safeParse(values)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }

  const payload = await getPayloadClient()
  if (!(await hitRateLimit(payload, clientKey(requestClientAddress(await headers()) ?? 'unknown', env.PAYLOAD_SECRET), SIGN_UP_LIMIT))) {
    return { formError: 'Je hebt het formulier al een paar keer verstuurd. Probeer het over 10 minuten opnieuw.', values }
  }

  const outcome = await registerForCourse(payload, course, parsed.data, token.key)
  const query = outcome.waitlisted ? '?wachtlijst=1' : outcome.interest ? '?interesse=1' : ''
  return { thankYou: `/cursussen/${course.slug}/aanmelden/bedankt${query}` }
}
