import { MAX_QUERY_LENGTH } from '@/lib/search'

/** A plain GET form to /zoeken: works without JavaScript. `id` keeps two forms on one page apart. */
export function SearchForm({ id, defaultValue, label = 'Zoek op de site' }: { id: string; defaultValue?: string; label?: string }) {
  return (
    <form role="search" aria-label={label} action="/zoeken" method="get" className="flex w-full gap-2 md:w-auto">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Zoeken…"
        className="min-h-tap w-full min-w-0 rounded-md border-2 border-muted bg-surface px-3 md:w-48"
      />
      <button type="submit" className="min-h-tap rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong">
        Zoeken
      </button>
    </form>
  )
}
