import type { Metadata } from 'next'
import { requireDutch } from '@/lib/i18n/route'
import { connection } from 'next/server'
import { ConfirmHours } from '@/components/ConfirmHours.client'
import { PageHeader } from '@/components/ui/PageHeader'
import { formatDate } from '@/lib/format'
import { locationForHoursLink } from '@/lib/hours-check'
import { HOURS_CHECK_TEXTS as T, REGISTRATION_PAGE_TEXTS } from '@/lib/link-page-texts'
import { withinLinkLimit } from '@/lib/registration-link-limit'
import { confirmHours } from './actions'

type Props = { params: Promise<{ token: string; lang: string }> }

export const metadata: Metadata = { title: T.title, robots: { index: false, follow: false }, referrer: 'no-referrer' }

/** Behind the "De tijden kloppen nog" link in a coordinator's reminder; rendered per request. */
export default async function HoursCheckPage({ params }: Props) {
  await connection()
  const { token } = await params
  await requireDutch(params, `/tijden-kloppen/${encodeURIComponent(token)}`)
  if (!(await withinLinkLimit())) return <PageHeader title={T.title} intro={REGISTRATION_PAGE_TEXTS.tooMany} />
  const location = await locationForHoursLink(token)
  if (!location) return <PageHeader title={T.title} intro={T.invalid} />
  return (
    <div className="max-w-prose">
      <PageHeader title={T.title} intro={T.intro(location.name, location.hoursCheckedAt ? formatDate(location.hoursCheckedAt) : undefined)} />
      <ConfirmHours action={confirmHours.bind(null, token)} label={T.button} />
      <p className="mt-6">
        <a href={`/admin/collections/locations/${location.id}`}>{T.edit}</a>
      </p>
    </div>
  )
}
