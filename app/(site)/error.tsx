'use client'

import { ServerErrorMessage } from '@/components/ServerErrorMessage'

/** A page of the site failed (for example the database is unreachable): the site's shell stays. */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServerErrorMessage onRetry={reset} />
}
