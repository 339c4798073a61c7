import Link from 'next/link'
import { SearchForm } from '../SearchForm'
import { NAV_ITEMS } from './nav-items'

/** Navigation without JavaScript: a plain list on wide screens, a <details> menu on phones. */
export function SiteHeader() {
  const links = NAV_ITEMS.map((item) => (
    <li key={item.href}>
      <Link
        href={item.href}
        className="flex min-h-tap items-center rounded px-3 font-semibold text-ink no-underline hover:bg-brand-soft"
      >
        {item.label}
      </Link>
    </li>
  ))
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="flex min-h-tap items-center text-xl font-bold text-brand-strong no-underline">
          Doen &amp; Laten
        </Link>
        <nav aria-label="Hoofdmenu" className="hidden md:block">
          <ul className="flex flex-wrap gap-1">{links}</ul>
        </nav>
        <details className="group md:hidden">
          <summary className="flex min-h-tap cursor-pointer list-none items-center rounded border border-line px-4 font-semibold">
            Menu
          </summary>
          <nav aria-label="Hoofdmenu (mobiel)" className="absolute left-0 right-0 z-10 border-b border-line bg-surface px-4 pb-3">
            <ul className="flex flex-col">{links}</ul>
          </nav>
        </details>
        <div className="order-last w-full md:order-none md:w-auto">
          <SearchForm id="zoeken-kop" />
        </div>
      </div>
    </header>
  )
}
