import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/PageHeader'
import { REGISTRATION_PAGE_TEXTS as T } from '@/lib/link-page-texts'

export const metadata: Metadata = { title: T.cancelledTitle, robots: { index: false } }

export default function CancelledPage() {
  return (
    <div className="max-w-prose">
      <PageHeader title={T.cancelledTitle} intro={T.cancelled} />
    </div>
  )
}
