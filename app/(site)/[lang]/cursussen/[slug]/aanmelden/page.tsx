import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { connection } from 'next/server'
import { RegistrationForm } from '@/components/RegistrationForm.client'
import { PageHeader } from '@/components/ui/PageHeader'
import { upcomingEditions } from '@/lib/courses'
import { env } from '@/lib/env'
import { formatDate } from '@/lib/format'
import { issueFormToken } from '@/lib/form-token'
import { getCourseBySlug } from '@/lib/queries/courses'
import { requirePageDocument } from '@/lib/queries/page-document'
import { DutchOnlyPage } from '@/components/UntranslatedNote'
import { pageLocale } from '@/lib/i18n/route'
import { submitSignUp } from './actions'

type Props = { params: Promise<{ slug: string; lang: string }> }

export const metadata: Metadata = {
  title: 'Aanmelden voor de cursus',
  description: 'Meld je aan voor de cursus van Doen & Laten.',
  robots: { index: false },
}

/** Rendered per request: each form gets its own signed token (fill time, idempotency key). */
export default async function SignUpPage({ params }: Props) {
  await connection()
  const course = await requirePageDocument('courses', params, getCourseBySlug)
  const locale = await pageLocale(params)
  const next = upcomingEditions(course)[0]
  const intro = !course.active
    ? 'Deze cursus wordt niet meer gegeven.'
    : next
      ? next.status === 'full'
        ? `De volgende cursus (${next.label}) is vol. Meld je aan voor de wachtlijst: we bellen je als er een plek vrijkomt.`
        : `Je meldt je aan voor ${next.label}, vanaf ${formatDate(next.startDate)}.`
      : 'Er is nog geen nieuwe cursus gepland. Meld je aan, dan hoor je het als eerste.'

  return (
    <DutchOnlyPage locale={locale}>
    <div className="max-w-prose">
      <p className="mb-2">
        <Link href={`/cursussen/${course.slug}`}>Terug naar {course.title}</Link>
      </p>
      <PageHeader title={`Aanmelden: ${course.title} (${course.shortName})`} intro={intro} />
      {course.active && (
        <RegistrationForm action={submitSignUp.bind(null, course.slug)} token={issueFormToken(env.PAYLOAD_SECRET)} />
      )}
      <section aria-labelledby="privacy" className="mt-10 rounded-md border border-line bg-surface p-4">
        <h2 id="privacy" className="text-xl">
          Wat doen we met je gegevens?
        </h2>
        <p className="mt-2">
          We bewaren wat je invult alleen om contact met je op te nemen over de cursus. Alleen medewerkers van Doen &amp;
          Laten kunnen het zien. Na {env.REGISTRATION_RETENTION_MONTHS} maanden verwijderen we je aanmelding. Lees meer in
          onze <Link href="/privacy">privacyverklaring</Link>.
        </p>
      </section>
    </div>
    </DutchOnlyPage>
  )
}
