import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { env } from '@/lib/env'
import { normaliseRedirectPath } from '@/lib/redirects'
import { slugify } from '@/lib/slugify'
import { loadSeedContent } from './index'
import { seedTranslations } from './seed-translations'
import type { SeedContent } from './schema'

/** Documented in README.md; created only in development when no SEED_ADMIN_* is given. */
export const DEV_ADMIN = { email: 'admin@doenenlaten.local', password: 'doen-en-laten-dev' }

// Seeding runs outside Next.js: there are no cached pages to expire.
const context = { skipRevalidation: true }

type SluggedCollection = 'partners' | 'locations' | 'courses' | 'posts'
type IdMap = Map<string, number>

/**
 * Write the content in content/*.json. Idempotent: a document that already exists (by slug, or by year
 * and title for timeline events) is left alone, so a second run changes nothing and never overwrites
 * what coordinators edited.
 */
export async function seed(payload: Payload): Promise<void> {
  const content = loadSeedContent()
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const partners = await seedBySlug(payload, 'partners', content.partners, (partner) => ({
    ...partner,
    kind: partner.kind as RequiredDataFromCollectionSlug<'partners'>['kind'],
    formerNames: partner.formerNames?.map((name) => ({ name })),
  }))
  const locations = await seedBySlug(payload, 'locations', content.locations, (location) => ({
    ...location,
    partners: ids(partners, location.partners),
    description: location.description ? richText(location.description) : undefined,
    _status: 'published' as const,
  }))
  const courses = await seedBySlug(payload, 'courses', content.courses, (course) => ({
    ...course,
    body: richText(course.body),
    editions: course.editions.map((edition) => ({
      ...edition,
      location: edition.location ? ids(locations, [edition.location])[0] : undefined,
    })),
    _status: 'published' as const,
  }))
  await seedTimeline(payload, content.timeline, { partners, locations, courses }, richText)
  await seedBySlug(payload, 'posts', content.posts, (post) => ({
    ...post,
    kind: post.kind as RequiredDataFromCollectionSlug<'posts'>['kind'],
    body: richText(post.body),
    locations: ids(locations, post.locations),
    courses: ids(courses, post.courses),
    _status: 'published' as const,
  }))
  await seedRedirects(payload, content.redirects, courses)
  await seedSiteSettings(payload, content.siteSettings, richText)
  await seedTranslations(payload, content.translations, { locations, courses })
  await seedAdmin(payload)
  payload.logger.info('Seed complete.')
}

function ids(map: IdMap, slugs: string[] | undefined): number[] {
  return (slugs ?? []).map((slug) => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`Seed refers to unknown slug "${slug}"`)
    return id
  })
}

async function seedBySlug<T extends { name: string } | { title: string }, C extends SluggedCollection>(
  payload: Payload,
  collection: C,
  entries: T[],
  toData: (entry: T) => Omit<RequiredDataFromCollectionSlug<C>, 'slug'>,
): Promise<IdMap> {
  const slugs = entries.map((entry) => slugify('name' in entry ? entry.name : entry.title))
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    limit: 0,
    depth: 0,
    draft: true,
  })
  const map: IdMap = new Map(
    (docs as { id: number; slug?: string | null }[]).map((doc) => [String(doc.slug), doc.id]),
  )
  for (const [index, entry] of entries.entries()) {
    const slug = slugs[index]
    if (map.has(slug)) continue
    const data = { ...toData(entry), slug } as RequiredDataFromCollectionSlug<C>
    const doc = await payload.create({ collection, data, context, depth: 0 })
    map.set(slug, Number(doc.id))
  }
  return map
}

async function seedTimeline(
  payload: Payload,
  events: SeedContent['timeline'],
  maps: { partners: IdMap; locations: IdMap; courses: IdMap },
  richText: (markdown: string) => ReturnType<typeof convertMarkdownToLexical>,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'timeline-events',
    limit: 0,
    depth: 0,
    draft: true,
    select: { year: true, title: true },
  })
  const existing = new Set(docs.map((doc) => `${doc.year}:${doc.title}`))
  for (const event of events) {
    if (existing.has(`${event.year}:${event.title}`)) continue
    await payload.create({
      collection: 'timeline-events',
      context,
      depth: 0,
      data: {
        ...event,
        body: richText(event.body),
        locations: ids(maps.locations, event.locations),
        partners: ids(maps.partners, event.partners),
        courses: ids(maps.courses, event.courses),
        _status: 'published',
      },
    })
  }
}

async function seedRedirects(payload: Payload, redirects: SeedContent['redirects'], courses: IdMap): Promise<void> {
  const { docs } = await payload.find({ collection: 'redirects', limit: 0, depth: 0 })
  const existing = new Set(docs.map((doc) => doc.from))
  for (const redirect of redirects) {
    if (existing.has(normaliseRedirectPath(redirect.from))) continue
    const to =
      'course' in redirect
        ? { type: 'reference' as const, reference: { relationTo: 'courses' as const, value: ids(courses, [redirect.course])[0] } }
        : { type: 'custom' as const, url: redirect.to }
    await payload.create({ collection: 'redirects', context, data: { from: redirect.from, to } })
  }
}

async function seedSiteSettings(
  payload: Payload,
  settings: SeedContent['siteSettings'],
  richText: (markdown: string) => ReturnType<typeof convertMarkdownToLexical>,
): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.tagline) return
  await payload.updateGlobal({
    slug: 'site-settings',
    context,
    data: {
      ...settings,
      goals: settings.goals.map((text: string) => ({ text })),
      approach: richText(settings.approach),
    },
  })
}

/** SEED_ADMIN_* create or repair an admin; without them only development gets the documented local admin. */
async function seedAdmin(payload: Payload): Promise<void> {
  const credentials =
    env.SEED_ADMIN_EMAIL && env.SEED_ADMIN_PASSWORD
      ? { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }
      : env.NODE_ENV === 'production'
        ? undefined
        : DEV_ADMIN
  if (!credentials) return

  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: credentials.email } },
    limit: 1,
    depth: 0,
  })
  const user = docs[0]
  if (!user) {
    await payload.create({ collection: 'users', data: { ...credentials, name: 'Beheerder', role: 'admin' }, context })
    return
  }
  const passwordWorks = await payload
    .login({ collection: 'users', data: credentials })
    .then(() => true)
    .catch(() => false)
  if (user.role !== 'admin' || !passwordWorks) {
    await payload.update({ collection: 'users', id: user.id, data: { ...credentials, role: 'admin' }, context })
  }
}
