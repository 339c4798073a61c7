'use client'

import { ServerErrorMessage } from '@/components/ServerErrorMessage'
import { SERVER_ERROR_WORDS } from '@/lib/i18n/server-error-words'

/**
 * Last resort when even a root layout fails: its own document, in Dutch. It does not import the site's
 * stylesheet: Next.js sends the global error component's styles in the RSC payload of every page
 * ("G"), so with inlined CSS each page carried the whole stylesheet once more (18 kB) for a page almost
 * never shown. A few inline styles keep it readable; after a client-side failure the site's
 * stylesheet is still in the document anyway.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <head>
        <title>Er ging iets mis | Doen & Laten Utrecht</title>
      </head>
      <body className="min-h-screen font-sans" style={{ fontFamily: 'system-ui, sans-serif', lineHeight: 1.6 }}>
        <main className="mx-auto max-w-page px-4 py-8" style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
          <ServerErrorMessage onRetry={reset} words={SERVER_ERROR_WORDS.nl} />
        </main>
      </body>
    </html>
  )
}
