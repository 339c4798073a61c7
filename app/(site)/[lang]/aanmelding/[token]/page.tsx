import type { Metadata } from 'next'
import { connection } from 'next/server'
import { CancelRegistration } from '@/components/CancelRegistration.client'
import { PageHeader } from '@/components/ui/PageHeader'
import { formatDate } from '@/lib/format'
import { requireDutch } from '@/lib/i18n/route'
import { getRegistrationByLink } from '@/lib/queries/registration'
import { withinLinkLimit } from '@/lib/registration-link-limit'
import { PUBLIC_STATUS, REGISTRATION_PAGE_TEXTS as T } from '@/lib/link-page-texts'
import { cancelOwnRegistration } from './actions'

type Props = { params: Promise<{ token: string; lang: string }> }

export const metadata: Metadata = { title: T.title, robots: { index: false, follow: false }, referrer: 'no-referrer' }

/** AVG inzage and verwijdering from the personal link in the confirmation; rendered per request, never cached. */
export default async function OwnRegistrationPage({ params }: Props) {
  await connection()
  const { token } = await params
  await requireDutch(params, `/aanmelding/${encodeURIComponent(token)}`)
  if (!(await withinLinkLimit())) return <PageHeader title={T.title} intro={T.tooMany} />
  const registration = await getRegistrationByLink(token)
  if (!registration) return <PageHeader title={T.title} intro={T.invalid} />
  const rows: [string, string | null | undefined][] = [
    [T.labels.course, registration.courseTitle],
    [T.labels.edition, registration.editionLabel ?? T.noEdition],
    [T.labels.status, PUBLIC_STATUS[registration.status]],
    [T.labels.name, registration.name],
    [T.labels.email, registration.email],
    [T.labels.phone, registration.phone],
    [T.labels.motivation, registration.motivation],
    [T.labels.createdAt, formatDate(registration.createdAt)],
  ]
  return (
    <div className="max-w-prose">
      <PageHeader title={T.title} intro={T.intro} />
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="afmelden" className="mt-10 rounded-md border border-line bg-surface p-4">
        <h2 id="afmelden" className="text-xl">
          {T.cancelTitle}
        </h2>
        <p className="mt-2">{T.cancelText}</p>
        <CancelRegistration action={cancelOwnRegistration.bind(null, token)} label={T.cancelButton} />
      </section>
    </div>
  )
}
