import { LocalizedNotFound } from '@/components/LocalizedNotFound.client'
import { LOCALES } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

const WORDS = Object.fromEntries(LOCALES.map((locale) => [locale, MESSAGES[locale].notFound]))

/** notFound() inside the site (an unknown huiskamer or course) renders within the site layout. */
export default function NotFound() {
  return <LocalizedNotFound words={WORDS} />
}
