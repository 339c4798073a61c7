import { IntlMessageFormat } from 'intl-messageformat'
import ar from '@/messages/ar.json'
import en from '@/messages/en.json'
import nl from '@/messages/nl.json'
import tr from '@/messages/tr.json'
import { INTL_LOCALES, type Locale } from './locales'

/** The interface words; Dutch is the reference every other language must match key for key. */
export type Messages = typeof nl

// A missing or extra key in a translation is a type error here (and tests/unit/messages.test.ts).
export const MESSAGES: Record<Locale, Messages> = { nl, en, tr, ar }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** "home.welcome", "editions.status.full", …: every message's dotted path. */
export type MessageKey = Leaves<Messages>
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function messageAt(messages: Messages, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  return typeof value === 'string' ? value : undefined
}

const translators = new Map<Locale, Translate>()

/** `t(key, values)` for one language; messages with {placeholders} are ICU MessageFormat (plurals work). */
export function translator(locale: Locale): Translate {
  const known = translators.get(locale)
  if (known) return known
  const formats = new Map<string, IntlMessageFormat>()
  const translate: Translate = (key, values) => {
    const message = messageAt(MESSAGES[locale], key)
    if (message === undefined) throw new Error(`No message "${key}" for ${locale}`)
    if (!values) return message
    let format = formats.get(key)
    if (!format) formats.set(key, (format = new IntlMessageFormat(message, INTL_LOCALES[locale])))
    return String(format.format(values))
  }
  translators.set(locale, translate)
  return translate
}
