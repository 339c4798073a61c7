import { Link } from '@/components/ui/Link'
import type { Messages } from '@/lib/i18n/messages'
import { localePath } from '@/lib/i18n/paths'
import type { Locale } from '@/lib/i18n/locales'
import { StatsMark } from './StatsMark'
import { ButtonLink } from './ui/ButtonLink'

/** The 404 text with the ways on that most visitors look for. */
export function NotFoundMessage({ locale, words }: { locale: Locale; words: Messages['notFound'] }) {
  return (
    <div className="max-w-prose">
      <StatsMark kind="not-found" />
      <h1 className="text-3xl text-brand-strong">{words.title}</h1>
      <p className="mt-4">{words.intro}</p>
      <ul className="mt-4 list-disc space-y-1 ps-6">
        <li>
          <Link href={localePath(locale, '/locaties')}>{words.findLocation}</Link>
        </li>
        <li>
          <Link href={localePath(locale, '/cursussen')}>{words.readCourse}</Link>
        </li>
        <li>
          <Link href={localePath(locale, '/contact')}>{words.contact}</Link>
        </li>
      </ul>
      <p className="mt-6">
        <ButtonLink href={localePath(locale, '/')}>{words.home}</ButtonLink>
      </p>
    </div>
  )
}
