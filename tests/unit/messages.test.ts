import { describe, expect, it } from 'vitest'
import { LOCALES } from '@/lib/i18n/locales'
import { MESSAGES, translator } from '@/lib/i18n/messages'
import { SERVER_ERROR_WORDS } from '@/lib/i18n/server-error-words'

type Tree = { [key: string]: string | Tree }

/** Every message as "path → text". */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [path, text] of flatten(value, `${prefix}${key}.`)) out.set(path, text)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort()

describe.each([
  ['interface words (messages/*.json)', MESSAGES as unknown as Record<string, Tree>],
  ['error page words (messages/server-error.json)', SERVER_ERROR_WORDS as unknown as Record<string, Tree>],
])('%s', (_name, byLocale) => {
  const dutch = flatten(byLocale.nl)

  it.each(LOCALES.filter((locale) => locale !== 'nl'))('%s has every Dutch key, no others, none empty, the same placeholders', (locale) => {
    const translated = flatten(byLocale[locale])
    expect([...translated.keys()].sort()).toEqual([...dutch.keys()].sort())
    for (const [key, text] of translated) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('')
      expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(dutch.get(key) ?? ''))
    }
  })
})

describe('Dutch and English interface words', () => {
  // One character beyond Latin-1 makes a whole cached page a two-byte string, which Node.js writes to
  // the socket about four times slower (lib/latin1-html.ts, README "Speed"). Turkish and Arabic need
  // such characters; the main languages' own words do not.
  it.each(['nl', 'en'] as const)('%s holds only Latin-1 characters', (locale) => {
    const beyond = [...flatten(MESSAGES[locale] as unknown as Tree)].filter(([, text]) => /[^\u0000-\u00ff]/.test(text))
    expect(beyond).toEqual([])
  })
})

describe('translator', () => {
  it('fills placeholders and plurals in the language', () => {
    expect(translator('nl')('searchPage.results', { count: 1, query: 'koffie' })).toBe('1 resultaat voor "koffie"')
    expect(translator('nl')('searchPage.results', { count: 3, query: 'koffie' })).toBe('3 resultaten voor "koffie"')
    expect(translator('en')('editions.places', { count: 12 })).toBe('12 places')
  })

  it('refuses a key that does not exist instead of showing nothing', () => {
    expect(() => translator('en')('home.nothingHere' as never)).toThrow(/No message/)
  })
})
