import { describe, expect, it } from 'vitest'
import { groupByYear, sortTimeline } from '@/lib/timeline'

describe('timeline ordering', () => {
  const events = [
    { year: 2017, month: 9, title: 'Eerste ECH-cursus' },
    { year: 2008, title: 'Begin' },
    { year: 2017, title: 'Verhuizing' },
    { year: 2017, month: 3, title: 'ECH ontstaat' },
    { year: 2010, month: 1, title: 'Doen & Laten geboren' },
  ]

  it('sorts oldest first, undated months before dated ones within a year', () => {
    expect(sortTimeline(events).map((event) => event.title)).toEqual([
      'Begin',
      'Doen & Laten geboren',
      'Verhuizing',
      'ECH ontstaat',
      'Eerste ECH-cursus',
    ])
  })

  it('groups by year as landmarks', () => {
    expect(groupByYear(events).map(({ year, events: items }) => [year, items.length])).toEqual([
      [2008, 1],
      [2010, 1],
      [2017, 3],
    ])
  })
})
