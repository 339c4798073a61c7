import Link from 'next/link'
import type { SiteSetting } from '@/payload-types'
import { NAV_ITEMS } from './nav-items'

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-page gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <p className="text-lg font-bold">Doen &amp; Laten</p>
          {settings.footerText && <p className="mt-2 text-muted">{settings.footerText}</p>}
        </div>
        <nav aria-label="Onderaan de pagina">
          <ul className="space-y-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <ul className="space-y-1">
          <li>
            <Link href="/toegankelijkheid">Toegankelijkheid</Link>
          </li>
          <li>
            <Link href="/privacy">Privacy</Link>
          </li>
          <li>
            <Link href="/admin">Inloggen voor medewerkers</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
