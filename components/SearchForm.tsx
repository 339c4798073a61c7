import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { MAX_QUERY_LENGTH } from '@/lib/search'

/** A plain GET form to /zoeken: works without JavaScript. `id` keeps two forms on one page apart. */
export function SearchForm({ id, locale, defaultValue, label }: { id: string; locale: Locale; defaultValue?: string; label?: string }) {
  const t = translator(locale)
  const name = label ?? t('search.label')
  return (
    <form role="search" aria-label={name} action={localePath(locale, '/zoeken')} method="get" className="flex w-full gap-2 md:w-auto">
      <label htmlFor={id} className="sr-only">
        {name}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('search.placeholder')}
        className="min-h-tap w-full min-w-0 rounded-md border-2 border-muted bg-surface px-3 md:w-48"
      />
      <button type="submit" className="min-h-tap rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong">
        {t('search.button')}
      </button>
    </form>
  )
}
