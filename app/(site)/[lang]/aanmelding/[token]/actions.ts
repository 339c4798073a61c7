'use server'

import { redirect } from 'next/navigation'
import { env } from '@/lib/env'
import { getPayloadClient } from '@/lib/payload'
import { cancelRegistration } from '@/lib/registration-cancel'
import { verifyRegistrationToken } from '@/lib/registration-link'
import { withinLinkLimit } from '@/lib/registration-link-limit'
import { REGISTRATION_PAGE_TEXTS } from '@/lib/link-page-texts'

export type CancelState = { error?: string }

/** Cancel the registration the link names. A second use finds nothing to cancel and says so. */
export async function cancelOwnRegistration(token: string, _previous: CancelState, _form: FormData): Promise<CancelState> {
  if (!(await withinLinkLimit())) return { error: REGISTRATION_PAGE_TEXTS.tooMany }
  const link = verifyRegistrationToken(env.PAYLOAD_SECRET, token)
  if (!link) return { error: REGISTRATION_PAGE_TEXTS.invalid }
  const outcome = await cancelRegistration(await getPayloadClient(), link.registrationId)
  if (!outcome.cancelled) return { error: REGISTRATION_PAGE_TEXTS.invalid }
  redirect('/aanmelding/afgemeld')
}
