import { telHref } from '@/lib/format'
import type { ServerErrorWords } from '@/lib/i18n/server-error-words'

/** Fixed here, not read from site settings: this shows exactly when the database may be unreachable. */
const CRISIS_LINE = { label: '113 Zelfmoordpreventie', number: '0800-0113' }

/**
 * What a visitor reads when a page fails on our side: what happened in plain words, a way to try
 * again, and the help line. Shared by the site's error boundary and the last-resort global error page.
 */
export function ServerErrorMessage({ onRetry, words }: { onRetry: () => void; words: ServerErrorWords }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl text-brand-strong">{words.title}</h1>
      <p className="mt-4">{words.intro}</p>
      <p className="mt-6">
        <button
          type="button"
          onClick={onRetry}
          className="inline-flex min-h-tap items-center rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {words.retry}
        </button>
      </p>
      <p className="mt-6">
        {words.helpBefore.replace('{line}', CRISIS_LINE.label)}{' '}
        <a href={telHref(CRISIS_LINE.number)}>
          <bdi dir="ltr">{CRISIS_LINE.number}</bdi>
        </a>{' '}
        {words.helpAfter} <a href={telHref('112')}>112</a>.
      </p>
    </div>
  )
}
