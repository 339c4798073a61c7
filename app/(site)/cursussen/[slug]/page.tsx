import type { Metadata } from 'next'
import Link from 'next/link'
import { EditionList } from '@/components/EditionList'
import { JsonLd } from '@/components/JsonLd'
import { RelatedPosts } from '@/components/RelatedPosts'
import { RichText } from '@/components/RichText'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { pastEditions, upcomingEditions } from '@/lib/courses'
import { getCourseBySlug, getCourses } from '@/lib/queries/courses'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { pageMetadata } from '@/lib/seo'
import { courseJsonLd } from '@/lib/structured-data'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const courses = await getCourses()
  return courses.map((course) => ({ slug: course.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await loadPageDocument('courses', params, getCourseBySlug)
  if (!course) return {}
  return pageMetadata({ title: `${course.title} (${course.shortName})`, description: course.summary, path: `/cursussen/${course.slug}` })
}

export default async function CoursePage({ params }: Props) {
  const course = await requirePageDocument('courses', params, getCourseBySlug)
  const upcoming = upcomingEditions(course)
  const past = pastEditions(course)

  return (
    <article>
      <JsonLd data={courseJsonLd(course)} />
      <PageHeader title={`${course.title} (${course.shortName})`} intro={course.summary}>
        <ReadAloud />
      </PageHeader>
      {!course.active && (
        <p className="mb-6 max-w-prose rounded-md border border-line bg-surface p-4">
          Deze cursus geven we niet meer. Hij hoort bij onze geschiedenis.
        </p>
      )}
      {course.audience && (
        <section aria-labelledby="voor-wie" className="mb-8 max-w-prose">
          <h2 id="voor-wie" className="text-2xl">
            Voor wie?
          </h2>
          <p className="mt-2">{course.audience}</p>
        </section>
      )}
      <RichText data={course.body} />

      {course.active && (
        <section aria-labelledby="volgende" className="mt-10 max-w-prose">
          <h2 id="volgende" className="text-2xl">
            Volgende cursus
          </h2>
          {upcoming.length > 0 ? (
            <EditionList editions={upcoming} />
          ) : (
            <p className="mt-2">Er is nog geen nieuwe datum. Laat weten dat je interesse hebt, dan hoor je het als eerste.</p>
          )}
          <div id="aanmelden" className="mt-6 rounded-lg bg-brand-soft p-5">
            <h3 className="text-xl">Aanmelden</h3>
            <p className="mt-2">
              {upcoming[0]?.status === 'full'
                ? 'Deze cursus is vol. Je kunt je aanmelden voor de wachtlijst.'
                : upcoming.length > 0
                  ? 'Meld je aan via het formulier. Daarna nemen we contact met je op voor een kennismaking.'
                  : 'Meld je aan, dan laten we het je weten zodra er een nieuwe cursus gepland is.'}
            </p>
            <p className="mt-4">
              <ButtonLink href={`/cursussen/${course.slug}/aanmelden`}>Aanmelden voor de {course.shortName}-cursus</ButtonLink>
            </p>
            <p className="mt-3">
              Liever eerst praten? Kom langs in een van de <Link href="/locaties">huiskamers</Link>.
            </p>
          </div>
        </section>
      )}

      {past.length > 0 && (
        <section aria-labelledby="eerdere" className="mt-10 max-w-prose">
          <h2 id="eerdere" className="text-2xl">
            Eerdere edities
          </h2>
          <EditionList editions={past} />
        </section>
      )}

      <RelatedPosts field="courses" id={course.id} />
    </article>
  )
}
