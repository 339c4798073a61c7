import type { Metadata } from 'next'
import { HelpLine } from '@/components/layout/HelpLine'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SkipLink } from '@/components/layout/SkipLink'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { MESSAGES } from '@/lib/i18n/messages'
import { StatsBeacon } from '@/components/StatsBeacon.client'
import { getSiteSettings } from '@/lib/queries/organisation'
import './(site)/globals.css'

export const metadata: Metadata = { title: 'Pagina niet gevonden | Doen & Laten Utrecht' }

/**
 * Unmatched URLs (typos, old links). With two root layouts, Next.js renders this outside any layout,
 * so it brings the site's own shell; it is server-rendered and works without JavaScript. It cannot know
 * a language (no route matched), so it speaks the site's main language, Dutch.
 */
export default async function GlobalNotFound() {
  const settings = await getSiteSettings('nl')
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans">
        <SkipLink label={MESSAGES.nl.layout.skipLink} />
        <HelpLine helpLines={settings.helpLines} locale="nl" />
        <SiteHeader locale="nl" />
        <main id="inhoud" tabIndex={-1} className="mx-auto max-w-page px-4 py-8 focus:outline-none">
          <NotFoundMessage locale="nl" words={MESSAGES.nl.notFound} />
        </main>
        <SiteFooter settings={settings} locale="nl" />
        <StatsBeacon />
      </body>
    </html>
  )
}
