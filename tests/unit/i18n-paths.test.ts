import { describe, expect, it } from 'vitest'
import { languageAlternates, localePath, splitLocale } from '@/lib/i18n/paths'
import { dutchAddress } from '@/lib/i18n/dutch-addresses.mjs'
import { localeRewrites } from '@/lib/i18n/rewrites'
import { fillFromDutch } from '@/lib/i18n/fallback'
import { formatDate, weekdayName } from '@/lib/format'
import { translationNeeded, translationStatus } from '@/lib/i18n/translation-state'

describe('language addresses', () => {
  it('keeps Dutch without a prefix and puts the others under theirs', () => {
    expect(localePath('nl', '/locaties')).toBe('/locaties')
    expect(localePath('ar', '/locaties/huiskamer-ghanadreef')).toBe('/ar/locaties/huiskamer-ghanadreef')
    expect(localePath('tr', '/')).toBe('/tr')
  })

  it('finds the language and the page of an address, also the internal Dutch form', () => {
    expect(splitLocale('/en/agenda')).toEqual({ locale: 'en', path: '/agenda' })
    expect(splitLocale('/nl/agenda')).toEqual({ locale: 'nl', path: '/agenda' })
    expect(splitLocale('/agenda')).toEqual({ locale: 'nl', path: '/agenda' })
    expect(splitLocale('/tr')).toEqual({ locale: 'tr', path: '/' })
  })

  it('lists every language and x-default, the same set on every language version', () => {
    expect(languageAlternates('/cursussen')).toEqual({
      nl: '/cursussen',
      en: '/en/cursussen',
      tr: '/tr/cursussen',
      ar: '/ar/cursussen',
      'x-default': '/cursussen',
    })
  })

  it('rewrites unprefixed addresses to the Dutch pages, and leaves Next.js, Payload and files alone', () => {
    const rule = localeRewrites.rewrites[1]
    const pattern = new RegExp(`^${rule.source.replace('/:path(', '/(').replace(/\)$/, ')')}$`)
    for (const path of ['/locaties', '/cursussen/ech/aanmelden', '/wp-login.php', '/nieuws/feed.xml']) expect(path).toMatch(pattern)
    for (const path of ['/en/locaties', '/ar', '/nl/agenda', '/api/health', '/admin', '/_next/static/x.js', '/icons/icon.svg', '/robots.txt', '/sitemap.xml', '/.well-known/security.txt'])
      expect(path).not.toMatch(pattern)
  })
})

describe('Dutch addresses in production (scripts/serve.mjs)', () => {
  it('rewrites page addresses to /nl, keeping the query, and agrees with the config rewrite used by next dev', () => {
    expect(dutchAddress('/')).toEqual({ rewrite: '/nl' })
    expect(dutchAddress('/?x=1')).toEqual({ rewrite: '/nl?x=1' })
    expect(dutchAddress('/zoeken?q=huiskamer%20zuilen')).toEqual({ rewrite: '/nl/zoeken?q=huiskamer%20zuilen' })
    expect(dutchAddress('/wp-login.php')).toEqual({ rewrite: '/nl/wp-login.php' })
    const rule = localeRewrites.rewrites[1]
    const pattern = new RegExp(`^${rule.source.replace('/:path(', '/(').replace(/\)$/, ')')}$`)
    for (const path of ['/locaties', '/cursussen/ech/aanmelden', '/nieuws/feed.xml', '/en/locaties', '/ar', '/api/health', '/admin', '/_next/static/x.js', '/icons/icon.svg', '/robots.txt', '/sitemap.xml', '/.well-known/security.txt', '/lcp-referentie'])
      expect(dutchAddress(path) !== null, path).toBe(pattern.test(path))
  })

  it('redirects /nl and /nl/… to the address without the prefix, and only those', () => {
    expect(dutchAddress('/nl')).toEqual({ redirect: '/' })
    expect(dutchAddress('/nl/locaties?a=b')).toEqual({ redirect: '/locaties?a=b' })
    expect(dutchAddress('/nlx')).toEqual({ rewrite: '/nl/nlx' })
    expect(dutchAddress('/locaties/?a=b')).toEqual({ redirect: '/locaties?a=b' })
    // Never to another site: "//host" in a Location header is one.
    expect(dutchAddress('/nl//evil.example/')).toEqual({ redirect: '/evil.example/' })
    expect(dutchAddress('//evil.example/')).toEqual({ redirect: '/evil.example' })
    expect(dutchAddress('/en/locaties')).toBeNull()
  })
})

describe('language-aware formats', () => {
  it('names dates and weekdays in the language, Arabic with Western digits', () => {
    expect(formatDate('2027-03-01T10:00:00Z', 'nl')).toBe('1 maart 2027')
    expect(formatDate('2027-03-01T10:00:00Z', 'en')).toBe('1 March 2027')
    expect(formatDate('2027-03-01T10:00:00Z', 'tr')).toBe('1 Mart 2027')
    expect(formatDate('2027-03-01T10:00:00Z', 'ar')).toMatch(/^1 .+ 2027$/)
    expect(weekdayName('monday', 'nl')).toBe('maandag')
    expect(weekdayName('friday', 'en')).toBe('Friday')
  })
})

describe('Dutch fallback', () => {
  it('fills missing fields from the Dutch document and names them, also inside array rows', () => {
    type Doc = { id: number; summary: string | null; title: string; editions: { id: string; note: string | null }[] }
    const translated: Doc = { id: 1, summary: null, title: 'Course', editions: [{ id: 'a', note: null }, { id: 'b', note: 'Full' }] }
    const dutch: Doc = { id: 1, summary: 'Korte tekst', title: 'Cursus', editions: [{ id: 'a', note: 'Let op' }, { id: 'b', note: 'Vol' }] }
    const filled = fillFromDutch(translated, dutch, ['summary', 'title', 'editions.note'])
    expect(filled.summary).toBe('Korte tekst')
    expect(filled.title).toBe('Course')
    expect(filled.untranslated).toEqual(['summary'])
    expect(filled.editions).toEqual([{ id: 'a', note: 'Let op', untranslated: ['note'] }, { id: 'b', note: 'Full' }])
  })
})

describe('translation status', () => {
  it('is missing, waiting for review, out of date after a Dutch change, or done', () => {
    expect(translationStatus(undefined, null)).toBe('missing')
    expect(translationStatus({ review: 'needs-review', savedAt: '2026-12-01' }, '2026-11-01')).toBe('needs-review')
    expect(translationStatus({ review: 'reviewed', savedAt: '2026-12-01' }, '2026-12-02')).toBe('out-of-date')
    expect(translationStatus({ review: 'reviewed', savedAt: '2026-12-03' }, '2026-12-02')).toBe('done')
    const done = { review: 'reviewed', savedAt: '2026-12-03' }
    expect(translationNeeded({ en: done, tr: done, ar: done }, '2026-12-02')).toBe(false)
    expect(translationNeeded({ en: done, tr: done }, '2026-12-02')).toBe(true)
  })
})
