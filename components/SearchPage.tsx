import { Link } from '@/components/ui/Link'
import { SearchForm } from '@/components/SearchForm'
import { StatsMark } from '@/components/StatsMark'
import { PageHeader } from '@/components/ui/PageHeader'
import type { Locale } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { getSearchHits } from '@/lib/queries/search'
import { normaliseQuery } from '@/lib/search'

/**
 * The search page: the form, and with `q` its results. One cache entry of results per search however
 * it is typed (lib/search.ts); the form and the heading keep the visitor's spelling.
 */
export async function SearchPage({ locale, q }: { locale: Locale; q?: string }) {
  const t = translator(locale)
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
