'use client'

import { useParams } from 'next/navigation'
import { ServerErrorMessage } from '@/components/ServerErrorMessage'
import { serverErrorWords } from '@/lib/i18n/server-error-words'

/** A page of the site failed (for example the database is unreachable): the site's shell stays. */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>()
  return <ServerErrorMessage onRetry={reset} words={serverErrorWords(lang)} />
}
