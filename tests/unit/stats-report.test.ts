import { describe, expect, it } from 'vitest'
import { canSeeReach } from '@/lib/stats/access'
import { daysOf, parsePeriod } from '@/lib/stats/period'
import type { ReachReport } from '@/lib/stats/reads'
import { REACH_TABLES, toCsv } from '@/lib/stats/tables'

describe('parsePeriod', () => {
  it('takes a valid period and falls back to the last 30 days otherwise', () => {
    expect(parsePeriod({ van: '2026-01-01', tot: '2026-12-31' }, '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    const fallback = { from: '2026-11-03', to: '2026-12-02' }
    for (const params of [{}, { van: '2026-12-31', tot: '2026-01-01' }, { van: '2026-02-30', tot: '2026-03-01' }, { van: '2001-01-01', tot: '2026-01-01' }, { van: ['x'], tot: 1 }]) {
      expect(parsePeriod(params, '2026-12-02')).toEqual(fallback)
    }
    expect(daysOf(fallback)).toHaveLength(30)
  })
})

describe('toCsv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const table = REACH_TABLES.find((candidate) => candidate.slug === 'zoekwoorden')!
    const report = { emptySearches: [{ words: 'huiskamer, zuilen', searches: 2 }, { words: '=HYPERLINK("x")', searches: 1 }] } as ReachReport
    expect(toCsv(table, report)).toBe('Zoekwoorden,Keer gezocht\r\n"huiskamer, zuilen",2\r\n"\'=HYPERLINK(""x"")",1\r\n')
  })
})

describe('canSeeReach', () => {
  it('allows admins and coordinators, nobody else', () => {
    expect(canSeeReach({ role: 'admin' })).toBe(true)
    expect(canSeeReach({ role: 'coordinator' })).toBe(true)
    expect(canSeeReach(null)).toBe(false)
    expect(canSeeReach({ role: null })).toBe(false)
  })
})
