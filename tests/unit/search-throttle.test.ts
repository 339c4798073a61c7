import { describe, expect, it } from 'vitest'
import { allowSearch, SEARCH_LIMIT, searchQueryOf, secondsUntilNextWindow, throttledSearchPage } from '@/lib/search/throttle.mjs'

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
