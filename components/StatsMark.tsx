/**
 * Tells the page's beacon what kind of page this is (components/StatsBeacon.client.tsx): an unknown
 * address, or a search that found nothing (with its words, never who searched).
 */
export function StatsMark({ kind, words }: { kind: 'not-found' | 'empty-search'; words?: string }) {
  return <span hidden data-stats={kind} data-words={words} />
}
