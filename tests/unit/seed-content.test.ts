import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadSeedContent } from '@/content'
import { hashedWordRuns } from '@/content/word-runs'
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
    for (const post of content.posts) {
      post.locations?.forEach((slug) => expect(locations).toContain(slug))
      post.courses?.forEach((slug) => expect(courses).toContain(slug))
    }
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

  it('brings over the four articles of the old site, dated, with their sources', () => {
    expect(content.posts.map((post) => [post.publishedAt, post.kind])).toEqual([
      ['2012-01-01', 'story'],
      ['2018-07-16', 'media'],
      ['2021-11-04', 'media'],
      ['2017-05-24', 'media'],
    ])
  })

  // The old site's text is not in the repository: only hashes of its six-word runs (content/word-runs.ts).
  // A sentence counts as copied when every run of six words in it stands in the old site.
  const seedRuns = new Set(readFileSync('tests/fixtures/seed-word-runs.txt', 'utf8').split('\n').filter(Boolean))
  const copiedSentences = (texts: string[]) =>
    texts
      .flatMap((text) => text.split(/(?<=[.!?:])\s+|\n+/))
      .filter((sentence) => {
        const runs = hashedWordRuns(sentence)
        return runs.length > 0 && runs.every((run) => seedRuns.has(run))
      })

  it('tells everything in our own words: no sentence of the old site is copied', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : []
    // A media item's title is the headline it had in the media, quoted as its source's.
    const posts = content.posts.map((post) => (post.kind === 'media' ? { ...post, title: '' } : post))
    const written = [posts, content.locations, content.courses, content.timeline, content.partners, content.siteSettings].flatMap(texts)
    expect(seedRuns.size).toBeGreaterThan(3000)
    expect(written.join(' ').split(' ').length).toBeGreaterThan(2000)
    expect(copiedSentences(written)).toEqual([])
  })

  it('would notice a copied sentence, and not a fact told anew', () => {
    const copied = 'Een jaar later opende de wethouder onze nieuwe locatie op de Voorstraat.'
    expect(copiedSentences([`Zo begon het. ${copied} En daarna meer.`])).toEqual([copied])
    expect(copiedSentences(['Een jaar later, in 2009, kwam er een tweede plek bij: aan de Voorstraat.'])).toEqual([])
  })
})
