import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
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

  it('tells the articles in our own words: no sentence of the seeds is copied', () => {
    const seedsDir = path.resolve('../shared/seeds')
    const normalise = (text: string) => text.toLowerCase().replace(/[’‘“”"']/g, "'").replace(/\s+/g, ' ').trim()
    const seedText = normalise(readdirSync(seedsDir).map((file) => readFileSync(path.join(seedsDir, file), 'utf8')).join(' '))
    const sentences = content.posts
      .flatMap((post) => [post.summary, post.body])
      .flatMap((text) => text.replace(/^#+ .*$/gm, '').split(/(?<=[.!?:])\s+/))
      .map(normalise)
      .filter((sentence) => sentence.split(' ').length >= 6)
    expect(sentences.length).toBeGreaterThan(40)
    expect(sentences.filter((sentence) => seedText.includes(sentence.replace(/[.!?:]$/, '')))).toEqual([])
  })
})
