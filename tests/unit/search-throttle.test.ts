import { describe, expect, it } from 'vitest'
import { allowSearch, SEARCH_LIMIT, secondsUntilNextWindow } from '@/lib/search/throttle'
import { throttledSearchResponse } from '@/lib/search/refusal'

describe('search throttle', () => {
  it('refuses one client past the limit, not another, and starts again in the next window', () => {
    const start = 1_000_000_000
    for (let i = 0; i < SEARCH_LIMIT.limit; i++) expect(allowSearch('a', start + i)).toBe(true)
    expect(allowSearch('a', start + 100)).toBe(false)
    expect(allowSearch('b', start + 100)).toBe(true)
    expect(secondsUntilNextWindow(start + 100)).toBe(Math.ceil((SEARCH_LIMIT.windowMs - 100) / 1000))
    expect(allowSearch('a', start + SEARCH_LIMIT.windowMs)).toBe(true)
  })

  it('answers in Dutch with the words still in the box, escaped', async () => {
    const response = throttledSearchResponse('huiskamer "<script>"', 42)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    const html = await response.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Wacht 42 seconden')
    expect(html).toContain('value="huiskamer &quot;&lt;script&gt;&quot;"')
    expect(html).not.toContain('<script>')
  })
})
