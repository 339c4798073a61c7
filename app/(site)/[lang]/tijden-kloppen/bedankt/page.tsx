import type { Metadata } from 'next'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { PageHeader } from '@/components/ui/PageHeader'
import { HOURS_CHECK_TEXTS as T } from '@/lib/link-page-texts'
import { requireDutch } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: T.doneTitle, robots: { index: false } }

/** After "De tijden kloppen nog": thanks, and the way to the huiskamer's page (only a /locaties/ path is followed). */
export default async function HoursCheckedPage({ params, searchParams }: Props) {
  await requireDutch(params, '/tijden-kloppen/bedankt')
  const { naar } = await searchParams
  const target = typeof naar === 'string' && /^\/locaties\/[\w-]+$/.test(naar) ? naar : '/locaties'
  return (
    <div className="max-w-prose">
      <PageHeader title={T.doneTitle} intro={T.done} />
      <p className="mt-6">
        <ButtonLink href={target}>{T.toLocation}</ButtonLink>
      </p>
    </div>
  )
}
