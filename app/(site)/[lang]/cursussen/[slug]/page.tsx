import type { Metadata } from 'next'
import { Link } from '@/components/ui/Link'
import { EditionList } from '@/components/EditionList'
import { JsonLd } from '@/components/JsonLd'
import { RelatedPosts } from '@/components/RelatedPosts'
import { RichText } from '@/components/RichText'
import { ButtonLink } from '@/components/ui/ButtonLink'
import { PageHeader } from '@/components/ui/PageHeader'
import { ReadAloud } from '@/components/ReadAloud.client'
import { UntranslatedNote } from '@/components/UntranslatedNote'
import { pastEditions, upcomingEditions } from '@/lib/courses'
import { langOf } from '@/lib/i18n/fallback'
import { MESSAGES, translator } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import { pageLocale } from '@/lib/i18n/route'
import { documentPath } from '@/lib/paths'
import { getCourseBySlug, getCourses } from '@/lib/queries/courses'
import { loadPageDocument, requirePageDocument } from '@/lib/queries/page-document'
import { pageMetadata } from '@/lib/seo'
import { courseJsonLd } from '@/lib/structured-data'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateStaticParams() {
  const courses = await getCourses('nl')
  return courses.map((course) => ({ slug: course.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await loadPageDocument('courses', params, getCourseBySlug)
  if (!course) return {}
  const locale = await pageLocale(params)
  return pageMetadata({ title: `${course.title} (${course.shortName})`, description: course.summary, path: documentPath('courses', course.slug), locale })
}

export default async function CoursePage({ params }: Props) {
  const course = await requirePageDocument('courses', params, getCourseBySlug)
  const locale = await pageLocale(params)
  const t = translator(locale)
  const upcoming = upcomingEditions(course)
  const past = pastEditions(course)
  const coursePath = documentPath('courses', course.slug)

  return (
    <article>
      <JsonLd data={courseJsonLd(course)} />
      <PageHeader title={`${course.title} (${course.shortName})`} intro={<span lang={langOf(course, 'summary')}>{course.summary}</span>}>
        {langOf(course, 'summary') && <UntranslatedNote locale={locale} />}
        <ReadAloud words={MESSAGES[locale].readAloud} />
      </PageHeader>
      {!course.active && <p className="mb-6 max-w-prose rounded-md border border-line bg-surface p-4">{t('course.formerNotice')}</p>}
      {course.audience && (
        <section aria-labelledby="voor-wie" className="mb-8 max-w-prose">
          <h2 id="voor-wie" className="text-2xl">
            {t('course.forWhom')}
          </h2>
          {langOf(course, 'audience') && <UntranslatedNote locale={locale} />}
          <p className="mt-2" lang={langOf(course, 'audience')}>
            {course.audience}
          </p>
        </section>
      )}
      {course.body && langOf(course, 'body') && <UntranslatedNote locale={locale} />}
      {course.body && (
        <div lang={langOf(course, 'body')}>
          <RichText data={course.body} />
        </div>
      )}

      {course.active && (
        <section aria-labelledby="volgende" className="mt-10 max-w-prose">
          <h2 id="volgende" className="text-2xl">
            {t('course.next')}
          </h2>
          {upcoming.length > 0 ? <EditionList editions={upcoming} locale={locale} /> : <p className="mt-2">{t('course.noDate')}</p>}
          <div id="aanmelden" className="mt-6 rounded-lg bg-brand-soft p-5">
            <h3 className="text-xl">{t('course.signUp')}</h3>
            <p className="mt-2">
              {upcoming[0]?.status === 'full' ? t('course.full') : upcoming.length > 0 ? t('course.signUpOpen') : t('course.signUpInterest')}
            </p>
            <p className="mt-4">
              <ButtonLink href={localePath(locale, `${coursePath}/aanmelden`)}>{t('course.signUpButton', { name: course.shortName })}</ButtonLink>
            </p>
            <p className="mt-3">
              {t('course.talkFirst')} <Link href={localePath(locale, '/locaties')}>{t('course.talkFirstLink')}</Link>.
            </p>
          </div>
        </section>
      )}

      {past.length > 0 && (
        <section aria-labelledby="eerdere" className="mt-10 max-w-prose">
          <h2 id="eerdere" className="text-2xl">
            {t('course.past')}
          </h2>
          <EditionList editions={past} locale={locale} />
        </section>
      )}

      <RelatedPosts field="courses" id={course.id} locale={locale} />
    </article>
  )
}
