import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/PageHeader'
import { REGISTRATION_PAGE_TEXTS as T } from '@/lib/link-page-texts'
import { requireDutch } from '@/lib/i18n/route'

export const metadata: Metadata = { title: T.cancelledTitle, robots: { index: false } }

export default async function CancelledPage({ params }: { params: Promise<{ lang: string }> }) {
  await requireDutch(params, '/aanmelding/afgemeld')
  return (
    <div className="max-w-prose">
      <PageHeader title={T.cancelledTitle} intro={T.cancelled} />
    </div>
  )
}
