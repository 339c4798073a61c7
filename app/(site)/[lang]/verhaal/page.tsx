import type { Metadata } from 'next'
import { RichText } from '@/components/RichText'
import { Timeline } from '@/components/Timeline'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { getSiteSettings, getTimelineEvents } from '@/lib/queries/organisation'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { MESSAGES } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({
  title: 'Ons verhaal',
  description: 'Hoe Doen & Laten ontstond, van de eerste stappen in 2008 tot nu, en hoe wij werken.',
  path: '/verhaal', locale: await pageLocale(params) })
}

export default async function StoryPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const [settings, events] = await Promise.all([getSiteSettings(locale), getTimelineEvents(locale)])
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader
          title="Ons verhaal"
          intro="Doen & Laten is ontstaan uit mensen die zelf zorg en opvang hebben meegemaakt. Dit is hoe het ging."
        >
          <ReadAloud words={MESSAGES[locale].readAloud} />
        </PageHeader>
        <section aria-labelledby="werkwijze" className="mb-12 grid gap-8 md:grid-cols-2">
          <div>
            <h2 id="werkwijze" className="text-2xl">
              Zo werken wij
            </h2>
            <div className="mt-2">
              <RichText data={settings.approach} />
            </div>
          </div>
          {settings.goals && settings.goals.length > 0 && (
            <div>
              <h2 className="text-2xl">Wat we willen</h2>
              <ul className="mt-2 list-disc space-y-1 ps-6">
                {settings.goals.map((goal) => (
                  <li key={goal.id ?? goal.text}>{goal.text}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <section aria-labelledby="tijdlijn">
          <h2 id="tijdlijn" className="sr-only">
            Tijdlijn
          </h2>
          <Timeline events={events} />
        </section>
      </>
    </DutchOnlyPage>
  )
}
