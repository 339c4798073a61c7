import { Link } from '@/components/ui/Link'
import type { SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { NAV_ITEMS } from './nav-items'

export function SiteFooter({ settings, locale }: { settings: SiteSetting; locale: Locale }) {
  const t = translator(locale)
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-page gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <p className="text-lg font-bold">Doen &amp; Laten</p>
          {settings.footerText && <p className="mt-2 text-muted">{settings.footerText}</p>}
        </div>
        <nav aria-label={t('layout.footerMenu')}>
          <ul className="space-y-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={localePath(locale, item.href)}>{t(item.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <ul className="space-y-1">
          <li>
            <Link href={localePath(locale, '/toegankelijkheid')}>{t('layout.accessibility')}</Link>
          </li>
          <li>
            <Link href={localePath(locale, '/privacy')}>{t('layout.privacy')}</Link>
          </li>
          <li>
            <Link href="/admin">{t('layout.staffLogin')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
