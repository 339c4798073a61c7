'use client'

import { usePathname } from 'next/navigation'
import { localePath, splitLocale } from '@/lib/i18n/paths'
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales'
import { latin1Html } from '@/lib/latin1-html'

/**
 * Links to this same page in every language. A client component only for `usePathname`: the links are
 * in the server-rendered HTML, so the switcher works without JavaScript. Plain <a>: each language has
 * its own root layout (<html lang dir>), so switching is a full page load anyway. The names are written
 * as Latin-1 HTML (lib/latin1-html.ts): "العربية" in the header would otherwise make every Dutch and
 * English page a two-byte string, slower to send.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const { path } = splitLocale(usePathname())
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex flex-wrap gap-x-3">
        {LOCALES.map((other) => (
          <li key={other}>
            <a
              href={localePath(other, path)}
              hrefLang={other}
              lang={other}
              aria-current={other === locale ? 'true' : undefined}
              className="inline-flex min-h-tap items-center px-1 aria-[current]:font-bold aria-[current]:no-underline"
              dangerouslySetInnerHTML={{ __html: latin1Html(LOCALE_NAMES[other]) }}
            />
          </li>
        ))}
      </ul>
    </nav>
  )
}
