import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { SearchForm } from '@/components/SearchForm'
import { PageHeader } from '@/components/ui/PageHeader'
import { getSearchHits } from '@/lib/queries/search'
import { MAX_QUERY_LENGTH, normaliseQuery, SEARCH_KIND_LABELS } from '@/lib/search'

export const metadata: Metadata = {
  title: 'Zoeken',
  description: 'Zoek op de site van Doen & Laten.',
  // Result pages are endless variations of the site itself.
  robots: { index: false, follow: true },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const query = z.object({ q: z.string().trim().max(MAX_QUERY_LENGTH).catch('') }).catch({ q: '' })

export default async function SearchPage({ searchParams }: Props) {
  const { q } = query.parse(await searchParams)
  // One cache entry per search however it is typed (lib/search.ts); the form keeps the visitor's spelling.
  const hits = q ? await getSearchHits(normaliseQuery(q)) : []
  return (
    <>
      <PageHeader title="Zoeken" intro="Zoek naar een huiskamer, de cursus, nieuws of iets uit ons verhaal." />
      <div className="max-w-prose">
        <SearchForm id="zoeken-pagina" defaultValue={q} label="Zoekwoorden" />
      </div>
      {q && (
        <section aria-labelledby="resultaten" className="mt-8 max-w-prose">
          <h2 id="resultaten" className="text-2xl" aria-live="polite">
            {hits.length === 0 ? `Niets gevonden voor "${q}"` : `${hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor "${q}"`}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-3">
              Probeer een ander woord, of kijk bij de <Link href="/locaties">huiskamers</Link>, de{' '}
              <Link href="/cursussen">cursus</Link> of <Link href="/contact">contact</Link>.
            </p>
          ) : (
            <ol className="mt-4 grid gap-4">
              {hits.map((hit) => (
                <li key={hit.href + hit.title} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
                  <p className="text-sm font-semibold text-muted">{SEARCH_KIND_LABELS[hit.kind]}</p>
                  <h3 className="text-xl">
                    <Link href={hit.href}>{hit.title}</Link>
                  </h3>
                  {hit.snippet.length > 0 && (
                    <p className="mt-1">
                      {hit.snippet.map((part, index) =>
                        part.match ? (
                          <mark key={index} className="rounded bg-accent-soft px-0.5 text-ink">
                            {part.text}
                          </mark>
                        ) : (
                          <span key={index}>{part.text}</span>
                        ),
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  )
}
