import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { HelpLine } from '@/components/layout/HelpLine'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { env } from '@/lib/env'
import { getSiteSettings } from '@/lib/queries/organisation'
import { SITE_NAME } from '@/lib/seo'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
}

// Safety net for date-dependent content (upcoming editions, closed locations); edits revalidate on demand.
export const revalidate = 3600

export const viewport: Viewport = { themeColor: '#0e5a55' }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans">
        <a
          href="#inhoud"
          className="no-print sr-only z-50 bg-surface px-4 py-3 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Naar de inhoud
        </a>
        <HelpLine helpLines={settings.helpLines} />
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto max-w-page px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
