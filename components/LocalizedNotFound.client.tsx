'use client'

import { useParams } from 'next/navigation'
import type { Messages } from '@/lib/i18n/messages'
import { isLocale } from '@/lib/i18n/locales'
import { NotFoundMessage } from './NotFoundMessage'

/**
 * notFound() inside a page: Next.js gives not-found.tsx no params, so the language comes from the route
 * here. Only the four 404 texts travel to the browser, and only on a 404.
 */
export function LocalizedNotFound({ words }: { words: Record<string, Messages['notFound']> }) {
  const { lang } = useParams<{ lang: string }>()
  const locale = isLocale(lang) ? lang : 'nl'
  return <NotFoundMessage locale={locale} words={words[locale]} />
}
