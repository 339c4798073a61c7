import type { Metadata } from 'next'
import Link from 'next/link'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/ui/PageHeader'
import { getPublishedCoaches } from '@/lib/queries/organisation'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  return pageMetadata({
  title: 'Team',
  description: 'Maak kennis met de ervaringscoaches van Doen & Laten.',
  path: '/team', locale: await pageLocale(params) })
}

export default async function TeamPage({ params }: { params: LangParams }) {
  const locale = await pageLocale(params)
  const coaches = await getPublishedCoaches()
  return (
    <DutchOnlyPage locale={locale}>
      <>
        <PageHeader
          title="Ons team"
          intro="Onze ervaringscoaches hebben zelf een moeilijke tijd doorgemaakt. Nu zetten ze die ervaring in voor anderen."
        />
        {coaches.length === 0 ? (
          <div className="max-w-prose rounded-lg border border-line bg-surface p-6">
            <p>
              Onze coaches staan hier alleen als ze dat zelf willen. Op dit moment staat er nog niemand op deze pagina.
            </p>
            <p className="mt-2">
              Wil je ze ontmoeten? Loop binnen in een van de <Link href="/locaties">huiskamers</Link>.
            </p>
          </div>
        ) : (
          <ul className="grid gap-6 sm:grid-cols-2 md:grid-cols-3">
            {coaches.map((coach) => {
              const photo = typeof coach.photo === 'object' ? coach.photo : null
              return (
                <li key={coach.id} className="rounded-lg border border-line bg-surface p-5">
                  {photo && <MediaImage media={photo} variant="card" sizes="(min-width: 48rem) 20rem, 100vw" className="mb-3 h-auto w-full rounded" />}
                  <h2 className="text-xl">{coach.displayName}</h2>
                  {coach.role && <p className="text-muted">{coach.role}</p>}
                  {coach.bio && <p className="mt-2">{coach.bio}</p>}
                </li>
              )
            })}
          </ul>
        )}
      </>
    </DutchOnlyPage>
  )
}
