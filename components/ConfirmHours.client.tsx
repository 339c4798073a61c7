'use client'

import { useActionState } from 'react'
import type { HoursCheckState } from '@/app/(site)/[lang]/tijden-kloppen/[token]/actions'

type Props = { action: (previous: HoursCheckState, form: FormData) => Promise<HoursCheckState>; label: string }

/** One tap: records the check (the action then goes to the thank-you page) or says why not. */
export function ConfirmHours({ action, label }: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  return (
    <form action={formAction} className="mt-6">
      {state.message && (
        <p role="status" className="mb-4 text-lg font-semibold">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending}
        className="inline-flex min-h-tap items-center rounded-md bg-brand px-6 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {label}
      </button>
    </form>
  )
}
