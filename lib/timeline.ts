/** Timeline ordering: oldest first; an event without a month comes before the dated months of its year. */
export type Dated = { year: number; month?: number | null; title: string }

export function sortTimeline<T extends Dated>(events: T[]): T[] {
  return [...events].sort(
    (a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.title.localeCompare(b.title, 'nl'),
  )
}

/** Sorted events grouped under their year, for year landmarks on the page. */
export function groupByYear<T extends Dated>(events: T[]): { year: number; events: T[] }[] {
  const groups: { year: number; events: T[] }[] = []
  for (const event of sortTimeline(events)) {
    const last = groups.at(-1)
    if (last?.year === event.year) last.events.push(event)
    else groups.push({ year: event.year, events: [event] })
  }
  return groups
}
