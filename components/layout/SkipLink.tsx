/** First focusable element on every page: jumps past the help line and navigation to <main id="inhoud">. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#inhoud"
      className="no-print sr-only z-50 bg-surface px-4 py-3 font-semibold focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
    >
      {label}
    </a>
  )
}
