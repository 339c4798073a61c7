import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { HelpLine } from '@/components/layout/HelpLine'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { StatsBeacon } from '@/components/StatsBeacon.client'
import { env } from '@/lib/env'
import { getSiteSettings } from '@/lib/queries/organisation'
import { FEED_ALTERNATE, SITE_NAME } from '@/lib/seo'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  alternates: { types: FEED_ALTERNATE },
  // /favicon.ico comes from app/favicon.ico and /manifest.webmanifest from app/manifest.ts (scripts/make-icons.ts).
  icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
  manifest: '/manifest.webmanifest',
}

// Safety net for date-dependent content (upcoming editions, closed locations); edits revalidate on demand.
export const revalidate = 3600

export const viewport: Viewport = { themeColor: '#0e5a55' }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, draft] = await Promise.all([getSiteSettings(), draftMode()])
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans">
        <SkipLink />
        {draft.isEnabled && (
          <p className="no-print bg-accent-soft px-4 py-2 text-center text-accent">
            Voorbeeldweergave: je ziet ook wat nog niet gepubliceerd is. <Link href="/preview/exit">Stoppen</Link>
          </p>
        )}
        <HelpLine helpLines={settings.helpLines} />
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="mx-auto max-w-page px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter settings={settings} />
        <StatsBeacon />
      </body>
    </html>
  )
}
