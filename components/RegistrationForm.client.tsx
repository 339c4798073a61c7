'use client'

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'
import type { SignUpState } from '@/app/(site)/[lang]/cursussen/[slug]/aanmelden/actions'
import { fieldErrors, HEARD_FROM, MOTIVATION_MAX, registrationInput, type FieldErrors } from '@/lib/registration-input'

const LABELS: Record<keyof FieldErrors, string> = {
  name: 'Naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  motivation: 'Waarom wil je meedoen?',
  heardFrom: 'Hoe heb je van de cursus gehoord?',
  consent: 'Toestemming',
}

const input = 'mt-1 block w-full rounded-md border-2 border-muted bg-surface px-3 py-2 aria-[invalid=true]:border-closed'

/**
 * The sign-up form. Works without JavaScript (a plain form post to the server action); with it, the
 * same zod schema checks the fields before sending. Errors show next to each field and in a summary
 * at the top, which gets focus.
 */
export function RegistrationForm({
  action,
  token,
}: {
  action: (state: SignUpState, formData: FormData) => Promise<SignUpState>
  token: string
}) {
  const [state, formAction, pending] = useActionState(action, {})
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const summary = useRef<HTMLDivElement>(null)
  const errors = clientErrors ?? state.errors ?? {}
  const problems = Object.entries(errors) as [keyof FieldErrors, string][]
  const values = state.values ?? {}

  useEffect(() => {
    if (problems.length > 0 || state.formError) summary.current?.focus()
  }, [state, clientErrors]) // eslint-disable-line react-hooks/exhaustive-deps

  function validate(event: FormEvent<HTMLFormElement>) {
    const data = Object.fromEntries(new FormData(event.currentTarget))
    const parsed = registrationInput.safeParse({ phone: '', motivation: '', heardFrom: '', consent: '', ...data })
    if (parsed.success) return setClientErrors(null)
    event.preventDefault()
    setClientErrors(fieldErrors(parsed.error))
  }

  const describedBy = (field: keyof FieldErrors, hint?: string) =>
    [hint, errors[field] ? `${field}-fout` : undefined].filter(Boolean).join(' ') || undefined
  const fieldError = (field: keyof FieldErrors) =>
    errors[field] && (
      <p id={`${field}-fout`} className="mt-1 font-semibold text-closed">
        {errors[field]}
      </p>
    )

  return (
    <form action={formAction} onSubmit={validate} noValidate className="space-y-6">
      {(problems.length > 0 || state.formError) && (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="fouten" className="rounded-md border-2 border-closed bg-closed-soft p-4">
          <h2 id="fouten" className="text-lg font-bold text-closed">{state.formError ?? 'Er gaat nog iets mis:'}</h2>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc ps-6">
              {problems.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${field}`}>
                    {LABELS[field]}: {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <input type="hidden" name="token" value={values.token || token} />
      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        <label htmlFor="name" className="font-semibold">Naam</label>
        <input id="name" name="name" type="text" autoComplete="name" required maxLength={120} defaultValue={values.name}
          aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} className={input} />
        {fieldError('name')}
      </div>
      <div>
        <label htmlFor="email" className="font-semibold">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={values.email}
          aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} className={input} />
        {fieldError('email')}
      </div>
      <div>
        <label htmlFor="phone" className="font-semibold">Telefoonnummer <span className="font-normal text-muted">(mag leeg blijven)</span></label>
        <input id="phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone}
          aria-invalid={Boolean(errors.phone)} aria-describedby={describedBy('phone')} className={input} />
        {fieldError('phone')}
      </div>
      <div>
        <label htmlFor="motivation" className="font-semibold">Waarom wil je meedoen? <span className="font-normal text-muted">(mag leeg blijven)</span></label>
        <p id="motivation-hint" className="text-muted">Een paar zinnen is genoeg. Hooguit {MOTIVATION_MAX} tekens.</p>
        <textarea id="motivation" name="motivation" rows={4} maxLength={MOTIVATION_MAX} defaultValue={values.motivation}
          aria-invalid={Boolean(errors.motivation)} aria-describedby={describedBy('motivation', 'motivation-hint')} className={input} />
        {fieldError('motivation')}
      </div>
      <div>
        <label htmlFor="heardFrom" className="font-semibold">Hoe heb je van de cursus gehoord? <span className="font-normal text-muted">(mag leeg blijven)</span></label>
        <select id="heardFrom" name="heardFrom" defaultValue={values.heardFrom ?? ''} aria-invalid={Boolean(errors.heardFrom)}
          aria-describedby={describedBy('heardFrom')} className={input}>
          <option value="">Kies…</option>
          {HEARD_FROM.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
        {fieldError('heardFrom')}
      </div>
      <div>
        <div className="flex items-start gap-3">
          <input id="consent" name="consent" type="checkbox" value="ja" required defaultChecked={values.consent === 'ja'}
            aria-invalid={Boolean(errors.consent)} aria-describedby={describedBy('consent')} className="mt-1 h-6 w-6 shrink-0" />
          <label htmlFor="consent">
            Ik vind het goed dat Doen &amp; Laten mijn gegevens bewaart en contact met mij opneemt over de cursus.
          </label>
        </div>
        {fieldError('consent')}
      </div>
      <button type="submit" disabled={pending}
        className="inline-flex min-h-tap items-center rounded-md bg-brand px-6 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? 'Bezig met versturen…' : 'Aanmelden'}
      </button>
    </form>
  )
}
