import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { SearchForm } from '@/components/SearchForm'
import { StatsMark } from '@/components/StatsMark'
import { PageHeader } from '@/components/ui/PageHeader'
import { translator } from '@/lib/i18n/messages'
import { languageAlternates, localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { getSearchHits } from '@/lib/queries/search'
import { MAX_QUERY_LENGTH, normaliseQuery } from '@/lib/search'

type Props = { params: LangParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const t = translator(await pageLocale(params))
  return {
    title: t('searchPage.title'),
    description: t('searchPage.description'),
    alternates: { languages: languageAlternates('/zoeken') },
    // Result pages are endless variations of the site itself.
    robots: { index: false, follow: true },
  }
}

const query = z.object({ q: z.string().trim().max(MAX_QUERY_LENGTH).catch('') }).catch({ q: '' })

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const { q } = query.parse(await searchParams)
  // One cache entry per search however it is typed (lib/search.ts); the form keeps the visitor's spelling.
  const hits = q ? await getSearchHits(normaliseQuery(q), locale) : []
  return (
    <>
      <PageHeader title={t('searchPage.title')} intro={t('searchPage.intro')} />
      <div className="max-w-prose">
        <SearchForm id="zoeken-pagina" locale={locale} defaultValue={q} label={t('searchPage.words')} />
      </div>
      {q && (
        <section aria-labelledby="resultaten" className="mt-8 max-w-prose">
          <h2 id="resultaten" className="text-2xl" aria-live="polite">
            {hits.length === 0 ? t('searchPage.nothing', { query: q }) : t('searchPage.results', { count: hits.length, query: q })}
          </h2>
          {hits.length === 0 ? (
            <p className="mt-3">
              <StatsMark kind="empty-search" words={q} />
              {t('searchPage.tryOther')} <Link href={localePath(locale, '/locaties')}>{t('searchPage.locationsLink')}</Link>,{' '}
              <Link href={localePath(locale, '/cursussen')}>{t('searchPage.courseLink')}</Link> {t('searchPage.orWord')}{' '}
              <Link href={localePath(locale, '/contact')}>{t('searchPage.contactLink')}</Link>.
            </p>
          ) : (
            <ol className="mt-4 grid gap-4">
              {hits.map((hit) => (
                <li key={hit.href + hit.title} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
                  <p className="text-sm font-semibold text-muted">{t(`searchPage.kind.${hit.kind}`)}</p>
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
