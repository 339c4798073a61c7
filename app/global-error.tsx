'use client'

import { ServerErrorMessage } from '@/components/ServerErrorMessage'
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
          <ServerErrorMessage onRetry={reset} />
        </main>
      </body>
    </html>
  )
}
