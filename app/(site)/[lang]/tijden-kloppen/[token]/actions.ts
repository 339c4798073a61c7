'use server'

import { redirect } from 'next/navigation'
import { confirmHoursByLink } from '@/lib/hours-check'
import { HOURS_CHECK_TEXTS as T, REGISTRATION_PAGE_TEXTS } from '@/lib/link-page-texts'
import { getPayloadClient } from '@/lib/payload'
import { documentPath } from '@/lib/paths'
import { withinLinkLimit } from '@/lib/registration-link-limit'

export type HoursCheckState = { message?: string }

/**
 * The button behind the reminder's link: a POST, so a mail scanner that opens links changes nothing.
 * On success it leaves the page (whose link is then used) for the thank-you page.
 */
export async function confirmHours(token: string, _previous: HoursCheckState, _form: FormData): Promise<HoursCheckState> {
  if (!(await withinLinkLimit())) return { message: REGISTRATION_PAGE_TEXTS.tooMany }
  const location = await confirmHoursByLink(await getPayloadClient(), token)
  if (!location) return { message: T.invalid }
  redirect(`/tijden-kloppen/bedankt?naar=${encodeURIComponent(documentPath('locations', location.slug))}`)
}
