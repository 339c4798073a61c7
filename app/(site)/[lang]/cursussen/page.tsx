import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { PageHeader } from '@/components/ui/PageHeader'
import { upcomingEditions } from '@/lib/courses'
import { formatDate } from '@/lib/format'
import { langOf } from '@/lib/i18n/fallback'
import { translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale, type LangParams } from '@/lib/i18n/route'
import { documentPath } from '@/lib/paths'
import { getCourses } from '@/lib/queries/courses'
import { pageMetadata } from '@/lib/seo'

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = translator(locale)
  return pageMetadata({ title: t('courses.title'), description: t('courses.description'), path: '/cursussen', locale })
}

export default async function CoursesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = translator(locale)
  const courses = await getCourses(locale)
  const active = courses.filter((course) => course.active)
  const former = courses.filter((course) => !course.active)
  const pathOf = (slug: string) => localePath(locale, documentPath('courses', slug))
  return (
    <>
      <PageHeader title={t('courses.heading')} intro={t('courses.intro')} />
      <ul className="grid gap-4 md:grid-cols-2">
        {active.map((course) => {
          const next = upcomingEditions(course)[0]
          return (
            <li key={course.id} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
              <h2 className="text-2xl">
                <Link href={pathOf(course.slug)}>
                  {course.title} ({course.shortName})
                </Link>
              </h2>
              <p className="mt-2" lang={langOf(course, 'summary')}>
                {course.summary}
              </p>
              <p className="mt-2 font-semibold">
                {next ? t('courses.next', { label: next.label, date: formatDate(next.startDate, locale) }) : t('courses.noDate')}
              </p>
            </li>
          )
        })}
      </ul>
      {former.length > 0 && (
        <section aria-labelledby="eerder" className="mt-10 max-w-prose">
          <h2 id="eerder" className="text-2xl">
            {t('courses.former')}
          </h2>
          <ul className="mt-2 space-y-2">
            {former.map((course) => (
              <li key={course.id}>
                <Link href={pathOf(course.slug)}>
                  {course.title} ({course.shortName})
                </Link>
                <span className="block text-muted" lang={langOf(course, 'summary')}>
                  {course.summary}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
