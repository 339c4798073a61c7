import words from '@/messages/server-error.json'
import { isLocale, type Locale } from './locales'

/**
 * The error page's words live in their own small file (messages/server-error.json, every language):
 * the error boundary is a client component on every page, and importing the full message files there
 * would send all four languages' interface words to every visitor.
 */
export type ServerErrorWords = (typeof words)['nl']
export const SERVER_ERROR_WORDS: Record<Locale, ServerErrorWords> = words

export function serverErrorWords(lang: unknown): ServerErrorWords {
  return SERVER_ERROR_WORDS[isLocale(lang) ? lang : 'nl']
}
