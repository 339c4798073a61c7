'use server'

import { formatDate } from '@/lib/format'
import { confirmHoursByLink } from '@/lib/hours-check'
import { HOURS_CHECK_TEXTS as T, REGISTRATION_PAGE_TEXTS } from '@/lib/link-page-texts'
import { getPayloadClient } from '@/lib/payload'
import { withinLinkLimit } from '@/lib/registration-link-limit'

export type HoursCheckState = { message?: string; done?: boolean }

/** The button behind the reminder's link: a POST, so a mail scanner that opens links changes nothing. */
export async function confirmHours(token: string, _previous: HoursCheckState, _form: FormData): Promise<HoursCheckState> {
  if (!(await withinLinkLimit())) return { message: REGISTRATION_PAGE_TEXTS.tooMany }
  const location = await confirmHoursByLink(await getPayloadClient(), token)
  if (!location) return { message: T.invalid }
  return { message: T.done(location.name, formatDate(location.hoursCheckedAt!)), done: true }
}
