import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/PageHeader'
import { upcomingEditions } from '@/lib/courses'
import { formatDate } from '@/lib/format'
import { getCourses } from '@/lib/queries/courses'
import { pageMetadata } from '@/lib/seo'

export const metadata: Metadata = pageMetadata({
  title: 'Cursus',
  description: 'Wil je ervaringscoach worden? In de ECH-cursus leer je je eigen ervaring inzetten voor een ander.',
  path: '/cursussen',
})

export default async function CoursesPage() {
  const courses = await getCourses()
  const active = courses.filter((course) => course.active)
  const former = courses.filter((course) => !course.active)
  return (
    <>
      <PageHeader
        title="Cursus voor ervaringscoaches"
        intro="Heb je zelf een moeilijke tijd meegemaakt en wil je nu anderen helpen? Dan is onze cursus iets voor jou."
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {active.map((course) => {
          const next = upcomingEditions(course)[0]
          return (
            <li key={course.id} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
              <h2 className="text-2xl">
                <Link href={`/cursussen/${course.slug}`}>
                  {course.title} ({course.shortName})
                </Link>
              </h2>
              <p className="mt-2">{course.summary}</p>
              <p className="mt-2 font-semibold">
                {next ? `Volgende: ${next.label}, vanaf ${formatDate(next.startDate)}` : 'Nog geen nieuwe datum.'}
              </p>
            </li>
          )
        })}
      </ul>
      {former.length > 0 && (
        <section aria-labelledby="eerder" className="mt-10 max-w-prose">
          <h2 id="eerder" className="text-2xl">
            Cursussen van vroeger
          </h2>
          <ul className="mt-2 space-y-2">
            {former.map((course) => (
              <li key={course.id}>
                <Link href={`/cursussen/${course.slug}`}>
                  {course.title} ({course.shortName})
                </Link>
                <span className="block text-muted">{course.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
