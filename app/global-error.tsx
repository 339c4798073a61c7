'use client'

import { ServerErrorMessage } from '@/components/ServerErrorMessage'
import { SERVER_ERROR_WORDS } from '@/lib/i18n/server-error-words'
import './(site)/globals.css'

/** Last resort when even a root layout fails: its own document, in Dutch. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <head>
        <title>Er ging iets mis | Doen & Laten Utrecht</title>
      </head>
      <body className="min-h-screen font-sans">
        <main className="mx-auto max-w-page px-4 py-8">
          <ServerErrorMessage onRetry={reset} words={SERVER_ERROR_WORDS.nl} />
        </main>
      </body>
    </html>
  )
}
