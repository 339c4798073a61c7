import { describe, expect, inject, it } from 'vitest'
import { withMigrationLock } from '@/lib/migration-lock'

describe('migrations run once however many instances start', () => {
  it('lets one process at a time hold the migration lock', async () => {
    const events: string[] = []
    const holder = (name: string) =>
      withMigrationLock(inject('databaseUrl'), async () => {
        events.push(`${name} start`)
        await new Promise((resolve) => setTimeout(resolve, 200))
        events.push(`${name} end`)
      })
    await Promise.all([holder('a'), holder('b'), holder('c')])
    // Each start is directly followed by its own end: no two holders overlapped.
    for (let index = 0; index < events.length; index += 2) {
      expect(events[index + 1]).toBe(events[index].replace('start', 'end'))
    }
    expect(events).toHaveLength(6)
  })
})
