import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale } from '@/lib/i18n/route'

type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Bedankt voor je aanmelding', robots: { index: false } }

/** Shown only after the registration is committed (the form action redirects here). */
export default async function ThankYouPage({ params, searchParams }: Props) {
  const [{ slug }, query, locale] = await Promise.all([params, searchParams, pageLocale(params)])
  const message =
    query.wachtlijst === '1'
      ? 'De cursus is vol. Je staat op de wachtlijst. Komt er een plek vrij, dan nemen we contact met je op.'
      : query.interesse === '1'
        ? 'We hebben genoteerd dat je interesse hebt. Zodra er een nieuwe cursus gepland is, nemen we contact met je op.'
        : 'We hebben je aanmelding ontvangen. Binnen twee weken nemen we contact met je op.'
  return (
    <DutchOnlyPage locale={locale}>
    <div className="max-w-prose">
      <h1 className="text-3xl text-brand-strong">Bedankt voor je aanmelding</h1>
      <p className="mt-4 text-lg" role="status">
        {message}
      </p>
      <p className="mt-4">
        Vragen? Loop gerust binnen in een van de <Link href="/locaties">huiskamers</Link>.
      </p>
      <p className="mt-6">
        <ButtonLink href={`/cursussen/${encodeURIComponent(slug)}`} variant="secondary">
          Terug naar de cursus
        </ButtonLink>
      </p>
    </div>
    </DutchOnlyPage>
  )
}
