import { describe, expect, it } from 'vitest'
import { upsert, COUNTERS } from '@/lib/stats/buffer.mjs'
import { statsDay, statsWeek } from '@/lib/stats/calendar.mjs'
import { LOCALES } from '@/lib/i18n/locales'
import { LANGUAGE_PREFIXES } from '@/lib/i18n/prefixes.mjs'
import { countablePath, isSearchPage, subscriptionFile, unknownAddressPath } from '@/lib/stats/paths.mjs'
import { Throttle } from '@/lib/stats/throttle.mjs'

describe('language prefixes', () => {
  it('are the site\'s languages other than Dutch', () => {
    expect(LANGUAGE_PREFIXES).toEqual(LOCALES.filter((locale) => locale !== 'nl'))
  })

  it('count each language\'s pages, its search page and its files, and nothing else under a prefix', () => {
    expect(countablePath('/en')).toBe('/en')
    expect(countablePath('/ar/locaties/huiskamer-ghanadreef')).toBe('/ar/locaties/huiskamer-ghanadreef')
    expect(countablePath('/tr/nieuws/pagina/2')).toBe('/tr/nieuws/pagina/2')
    expect(countablePath('/nl/locaties')).toBeUndefined()
    expect(countablePath('/fr/locaties')).toBeUndefined()
    expect(countablePath('/en/wp-login.php')).toBeUndefined()
    expect(isSearchPage('/zoeken')).toBe(true)
    expect(isSearchPage('/ar/zoeken')).toBe(true)
    expect(isSearchPage('/agenda')).toBe(false)
    expect(subscriptionFile('/en/agenda.ics')).toBe('/en/agenda.ics')
  })
})

describe('countablePath', () => {
  it('counts the pages of the site, a trailing slash aside', () => {
    expect(countablePath('/')).toBe('/')
    expect(countablePath('/locaties/')).toBe('/locaties')
    expect(countablePath('/locaties/huiskamer-overvecht')).toBe('/locaties/huiskamer-overvecht')
    expect(countablePath('/cursussen/ervaringscoach/aanmelden/bedankt')).toBe('/cursussen/ervaringscoach/aanmelden/bedankt')
    expect(countablePath('/nieuws/pagina/2')).toBe('/nieuws/pagina/2')
  })

  it('refuses addresses that are not pages of the site', () => {
    for (const path of ['/admin', '/api/users', '/wp-login.php', '/locaties/a/b', '/Locaties', '/nieuws/pagina/0', '/zoeken?q=x', `/nieuws/${'a'.repeat(250)}`, '']) {
      expect(countablePath(path), path).toBeUndefined()
    }
  })
})

describe('unknownAddressPath', () => {
  it('keeps ordinary link paths and refuses junk', () => {
    expect(unknownAddressPath('/oude-pagina.html/')).toBe('/oude-pagina.html')
    expect(unknownAddressPath('/a b')).toBeUndefined()
    expect(unknownAddressPath('/<script>')).toBeUndefined()
    expect(unknownAddressPath(`/${'x'.repeat(200)}`)).toBeUndefined()
  })
})

describe('subscriptionFile', () => {
  it('knows the calendar and feed files', () => {
    expect(subscriptionFile('/agenda.ics')).toBe('/agenda.ics')
    expect(subscriptionFile('/nieuws/feed.xml')).toBe('/nieuws/feed.xml')
    expect(subscriptionFile('/locaties/huiskamer-zuid/agenda.ics')).toBe('/locaties/huiskamer-zuid/agenda.ics')
    expect(subscriptionFile('/agenda')).toBeUndefined()
    expect(subscriptionFile('/locaties/../agenda.ics')).toBeUndefined()
  })
})

describe('days and weeks', () => {
  it('follow the clock in Utrecht', () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Utrecht.
    expect(statsDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02')
    expect(statsDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01')
    expect(statsDay(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02')
  })

  it('start a week on Monday', () => {
    expect(statsWeek(new Date('2026-12-02T12:00:00Z'))).toBe('2026-11-30')
    expect(statsWeek(new Date('2026-11-30T12:00:00Z'))).toBe('2026-11-30')
    expect(statsWeek(new Date('2026-12-06T12:00:00Z'))).toBe('2026-11-30')
    expect(statsWeek(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07')
  })
})

describe('upsert', () => {
  it('adds to existing rows in one statement with parameters', () => {
    const { text, params } = upsert(COUNTERS.pageView, [
      { values: ['2026-12-02', '/'], n: 3 },
      { values: ['2026-12-02', '/agenda'], n: 1 },
    ])
    expect(text).toBe(
      'INSERT INTO stats_page_views (day, path, views) VALUES ($1, $2, $3), ($4, $5, $6) ' +
        'ON CONFLICT (day, path) DO UPDATE SET views = stats_page_views.views + EXCLUDED.views',
    )
    expect(params).toEqual(['2026-12-02', '/', 3, '2026-12-02', '/agenda', 1])
  })
})

describe('Throttle', () => {
  it('allows the limit per client per window, then starts afresh', () => {
    const throttle = new Throttle(2, 1000)
    expect([throttle.allow('a', 0), throttle.allow('a', 10), throttle.allow('a', 20), throttle.allow('b', 20)]).toEqual([true, true, false, true])
    expect(throttle.allow('a', 1000)).toBe(true)
  })
})
