'use client'

import { useActionState } from 'react'
import type { CancelState } from '@/app/(site)/[lang]/aanmelding/[token]/actions'

type Props = { action: (previous: CancelState, form: FormData) => Promise<CancelState>; label: string }

/** The cancel button: shows the action's message when cancelling did not work. */
export function CancelRegistration({ action, label }: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="mt-4">
      {state.error && (
        <p role="alert" className="mb-4 font-semibold">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}
        className="inline-flex min-h-tap items-center rounded-md bg-brand px-6 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {label}
      </button>
    </form>
  )
}
