import { describe, expect, it } from 'vitest'
import { loadSeedContent } from '@/content'
import { slugify } from '@/lib/slugify'

describe('seed content', () => {
  const content = loadSeedContent()
  const slugs = (items: { name?: string; title?: string }[]) => new Set(items.map((item) => slugify(item.name ?? item.title ?? '')))

  it('passes the zod schema and names every location from the history', () => {
    const names = content.locations.map((location) => location.address.street).join(' | ')
    for (const street of ['Wittevrouwensingel', 'Voorstraat', 'Monnetlaan', 'Marco Pololaan', "Jeanne d'Arcdreef", 'Ghanadreef', 'Demkaweg', 'Sint Ludgerusstraat', 'Beatrixlaan 2', 'Zwanenvechtplein', 'Stadsbrug']) {
      expect(names).toContain(street)
    }
  })

  it('only refers to partners, locations and courses that exist', () => {
    const partners = slugs(content.partners)
    const locations = slugs(content.locations)
    const courses = slugs(content.courses)
    for (const event of content.timeline) {
      event.partners?.forEach((slug) => expect(partners).toContain(slug))
      event.locations?.forEach((slug) => expect(locations).toContain(slug))
      event.courses?.forEach((slug) => expect(courses).toContain(slug))
    }
  })

  it('covers 2008 to 2020 and the ECH editions the history mentions', () => {
    const years = content.timeline.map((event) => event.year)
    expect(Math.min(...years)).toBe(2008)
    expect(Math.max(...years)).toBe(2020)
    const ech = content.courses.find((course) => course.shortName === 'ECH')
    expect(ech?.editions.map((edition) => edition.status)).toEqual(expect.arrayContaining(['completed', 'cancelled']))
  })
})
