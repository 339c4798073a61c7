import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import { Link } from '@/components/ui/Link'
import type { ReactNode } from 'react'
import { HelpLine } from '@/components/layout/HelpLine'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { StatsBeacon } from '@/components/StatsBeacon.client'
import { env } from '@/lib/env'
import { directionOf } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localeParams, pageLocale, type LangParams } from '@/lib/i18n/route'
import { getSiteSettings } from '@/lib/queries/organisation'
import { FEED_ALTERNATE, SITE_NAME } from '@/lib/seo'
import '../globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  alternates: { types: FEED_ALTERNATE },
  // /favicon.ico comes from app/favicon.ico and /manifest.webmanifest from app/manifest.ts (scripts/make-icons.ts).
  icons: { icon: [{ url: '/icons/icon.svg', type: 'image/svg+xml' }], apple: '/icons/apple-touch-icon.png' },
  manifest: '/manifest.webmanifest',
}

// Every language is prerendered at build time. Other first segments never arrive: addresses without a
// language are rewritten to /nl/… (lib/i18n/rewrites.ts), and pageLocale answers anything else with a 404.
export const generateStaticParams = localeParams

// Safety net for date-dependent content (upcoming editions, closed locations); edits revalidate on demand.
export const revalidate = 3600

export const viewport: Viewport = { themeColor: '#0e5a55' }

export default async function SiteLayout({ children, params }: { children: ReactNode; params: LangParams }) {
  const locale = await pageLocale(params)
  const [settings, draft] = await Promise.all([getSiteSettings(locale), draftMode()])
  const t = translator(locale)
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen font-sans">
        <SkipLink label={t('layout.skipLink')} />
        {draft.isEnabled && (
          <p className="no-print bg-accent-soft px-4 py-2 text-center text-accent">
            {t('layout.previewNotice')} <Link href="/preview/exit">{t('layout.previewStop')}</Link>
          </p>
        )}
        <HelpLine helpLines={settings.helpLines} locale={locale} />
        <SiteHeader locale={locale} />
        <main id="inhoud" tabIndex={-1} className="mx-auto max-w-page px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter settings={settings} locale={locale} />
        <StatsBeacon />
      </body>
    </html>
  )
}
