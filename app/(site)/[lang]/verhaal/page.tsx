import type { Metadata } from 'next'
import { RichText } from '@/components/RichText'
import { Timeline } from '@/components/Timeline'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { UntranslatedNote } from '@/components/UntranslatedNote'
import { getSiteSettings, getTimelineEvents } from '@/lib/queries/organisation'
import { langOf, type WithFallback } from '@/lib/i18n/fallback'
import { MESSAGES, translator } from '@/lib/i18n/messages'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('story.title'), description: t('story.description'), path: '/verhaal', locale })
}

export default async function StoryPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const [settings, events] = await Promise.all([getSiteSettings(locale), getTimelineEvents(locale)])
  return (
    <>
      <PageHeader title={t('story.title')} intro={t('story.intro')}>
        <ReadAloud words={MESSAGES[locale].readAloud} />
      </PageHeader>
      <section aria-labelledby="werkwijze" className="mb-12 grid gap-8 md:grid-cols-2">
        <div>
          <h2 id="werkwijze" className="text-2xl">
            {t('story.approach')}
          </h2>
          {langOf(settings, 'approach') && <UntranslatedNote locale={locale} />}
          <div className="mt-2" lang={langOf(settings, 'approach')}>
            <RichText data={settings.approach} />
          </div>
        </div>
        {settings.goals && settings.goals.length > 0 && (
          <div>
            <h2 className="text-2xl">{t('story.goals')}</h2>
            <ul className="mt-2 list-disc space-y-1 ps-6">
              {settings.goals.map((goal) => (
                <li key={goal.id ?? goal.text} lang={langOf(goal as WithFallback<typeof goal>, 'text')}>
                  {goal.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="tijdlijn">
        <h2 id="tijdlijn" className="sr-only">
          {t('story.timeline')}
        </h2>
        <Timeline events={events} locale={locale} />
      </section>
    </>
  )
}
