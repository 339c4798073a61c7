import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPublishedCoaches } from '@/lib/queries/organisation'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('team.title'), description: t('team.description'), path: '/team', locale })
}

export default async function TeamPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const coaches = await getPublishedCoaches()
  // A coach's role and text are not translated (the collection has no localized fields): always Dutch.
  const coachLang = locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE
  const hasOwnWords = coaches.some((coach) => coach.role || coach.bio)
  return (
    <>
      <PageHeader title={t('team.heading')} intro={t('team.intro')} />
      {coaches.length === 0 ? (
        <div className="max-w-prose rounded-lg border border-line bg-surface p-6">
          <p>{t('team.nobody')}</p>
          <p className="mt-2">
            {t('team.meetBefore')} <Link href={localePath(locale, '/locaties')}>{t('team.meetLink')}</Link>.
          </p>
        </div>
      ) : (
        <>
          {coachLang && hasOwnWords && (
            <p role="note" className="mb-3 max-w-prose rounded-md border border-line bg-surface px-3 py-2 text-sm text-muted">
              {t('team.ownWords')}
            </p>
          )}
          <ul className="grid gap-6 sm:grid-cols-2 md:grid-cols-3">
            {coaches.map((coach) => {
              const photo = typeof coach.photo === 'object' ? coach.photo : null
              return (
                <li key={coach.id} className="rounded-lg border border-line bg-surface p-5">
                  {photo && <MediaImage media={photo} variant="card" sizes="(min-width: 48rem) 20rem, 100vw" className="mb-3 h-auto w-full rounded" />}
                  <h2 className="text-xl">{coach.displayName}</h2>
                  {coach.role && (
                    <p className="text-muted" lang={coachLang}>
                      {coach.role}
                    </p>
                  )}
                  {coach.bio && (
                    <p className="mt-2" lang={coachLang}>
                      {coach.bio}
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </>
  )
}
