import { Link } from '@/components/ui/Link'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { SearchForm } from '../SearchForm'
import { LanguageSwitcher } from './LanguageSwitcher.client'
import { NAV_ITEMS } from './nav-items'

/** Navigation without JavaScript: a plain list on wide screens, a <details> menu on phones. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale)
  const links = NAV_ITEMS.map((item) => (
    <li key={item.href}>
      <Link
        href={localePath(locale, item.href)}
        className="flex min-h-tap items-center rounded px-3 font-semibold text-ink no-underline hover:bg-brand-soft"
      >
        {t(item.label)}
      </Link>
    </li>
  ))
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-page justify-end px-4 pt-1">
        <LanguageSwitcher locale={locale} label={t('layout.languages')} />
      </div>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href={localePath(locale, '/')} className="flex min-h-tap items-center text-xl font-bold text-brand-strong no-underline">
          Doen &amp; Laten
        </Link>
        <nav aria-label={t('layout.mainMenu')} className="hidden md:block">
          <ul className="flex flex-wrap gap-1">{links}</ul>
        </nav>
        <details className="group md:hidden">
          <summary className="flex min-h-tap cursor-pointer list-none items-center rounded border border-line px-4 font-semibold">
            {t('layout.menu')}
          </summary>
          <nav aria-label={t('layout.mainMenuPhone')} className="absolute inset-x-0 z-10 border-b border-line bg-surface px-4 pb-3">
            <ul className="flex flex-col">{links}</ul>
          </nav>
        </details>
        <div className="order-last w-full md:order-none md:w-auto">
          <SearchForm id="zoeken-kop" locale={locale} />
        </div>
      </div>
    </header>
  )
}
