import { describe, expect, it } from 'vitest'
import { resultsPageOf, searchQueryOf, wordsOfSegment, wordsSegment } from '@/lib/search/address.mjs'
import { allowSearch, SEARCH_LIMIT, secondsUntilNextWindow, throttledSearchPage } from '@/lib/search/throttle.mjs'

describe('search throttle', () => {
  it('refuses one client past the limit, not another, and starts again in the next window', () => {
    const start = 1_000_000_000
    for (let i = 0; i < SEARCH_LIMIT.limit; i++) expect(allowSearch('a', start + i)).toBe(true)
    expect(allowSearch('a', start + 100)).toBe(false)
    expect(allowSearch('b', start + 100)).toBe(true)
    expect(secondsUntilNextWindow(start + 100)).toBe(Math.ceil((SEARCH_LIMIT.windowMs - 100) / 1000))
    expect(allowSearch('a', start + SEARCH_LIMIT.windowMs)).toBe(true)
  })

  it('counts only searches with words, whatever else the address holds', () => {
    expect(searchQueryOf('/zoeken?q=+huiskamer+overvecht+')).toBe('huiskamer overvecht')
    expect(searchQueryOf('/zoeken?q=')).toBeNull()
    expect(searchQueryOf('/zoeken')).toBeNull()
    expect(searchQueryOf('/zoekenx?q=a')).toBeNull()
    expect(searchQueryOf('/locaties?q=a')).toBeNull()
  })

  it('counts a request to a results page as the search it is, in any language', () => {
    const segment = wordsSegment('huiskamer overvecht')
    expect(searchQueryOf(`/zoeken/${segment}`)).toBe('huiskamer overvecht')
    expect(searchQueryOf(`/nl/zoeken/${segment}`)).toBe('huiskamer overvecht')
    expect(searchQueryOf(`/ar/zoeken/${segment}?_rsc=1x2y`)).toBe('huiskamer overvecht')
    expect(searchQueryOf('/en/zoeken?q=ev')).toBe('ev')
    expect(searchQueryOf('/zoeken/!!')).toBeNull()
  })
})

describe('search addresses', () => {
  it('maps the form\'s address to one results page per language and words', () => {
    expect(resultsPageOf('/nl/zoeken?q=overvecht')).toBe(`/nl/zoeken/${wordsSegment('overvecht')}`)
    // Unprefixed (under next dev) is Dutch; other parameters and outer spaces do not make another page.
    expect(resultsPageOf('/zoeken?utm_source=x&q=+overvecht+')).toBe(`/nl/zoeken/${wordsSegment('overvecht')}`)
    expect(resultsPageOf('/tr/zoeken?q=ev')).toBe(`/tr/zoeken/${wordsSegment('ev')}`)
    expect(resultsPageOf('/nl/zoeken?q=++')).toBeNull()
    expect(resultsPageOf('/nl/zoeken')).toBeNull()
    expect(resultsPageOf('/nl/zoekenx?q=a')).toBeNull()
    expect(resultsPageOf('/nl/locaties?q=a')).toBeNull()
    expect(resultsPageOf('/xx/zoeken?q=a')).toBeNull()
  })

  it('carries any words in one path segment and back, and nothing else', () => {
    for (const words of ['huiskamer overvecht', 'a/b?c#d%20', 'مساعدة', 'ğüşıöç', 'x'.repeat(100)]) {
      const segment = wordsSegment(words)
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(wordsOfSegment(segment)).toBe(words)
    }
    // The longest search is cut, as the form cuts it.
    expect(resultsPageOf(`/nl/zoeken?q=${'y'.repeat(150)}`)).toBe(`/nl/zoeken/${wordsSegment('y'.repeat(100))}`)
    expect(wordsOfSegment(wordsSegment('y'.repeat(101)))).toBeNull()
    expect(wordsOfSegment(wordsSegment(' overvecht'))).toBeNull()
    expect(wordsOfSegment('')).toBeNull()
    expect(wordsOfSegment('!!')).toBeNull()
  })

  it('answers in Dutch with the words still in the box, escaped', () => {
    const page = throttledSearchPage('huiskamer "<script>"', 42)
    expect(page.status).toBe(429)
    expect(page.headers['Retry-After']).toBe('42')
    const html = page.body
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Wacht 42 seconden')
    expect(html).toContain('value="huiskamer &quot;&lt;script&gt;&quot;"')
    expect(html).not.toContain('<script>')
  })
})
