import { z } from 'zod'
import { TIME_PATTERN, WEEKDAYS } from '@/lib/opening-hours'
import { PARTNER_KINDS } from '@/collections/Partners'
import { EDITION_STATUSES } from '@/collections/Courses'
import { POST_KINDS } from '@/collections/Posts'

/** Seed files are input like any other: validated before they reach Payload. */
const slug = z.string().regex(/^[a-z0-9-]+$/)
const isoDate = z.iso.date()
const markdown = z.string().min(1)

export const partnerSeed = z.object({
  name: z.string().min(1),
  kind: z.enum(PARTNER_KINDS.map((kind) => kind.value) as [string, ...string[]]),
  website: z.url().optional(),
  description: z.string().optional(),
  formerNames: z.array(z.string()).optional(),
})

export const locationSeed = z.object({
  name: z.string().min(1),
  kind: z.enum(['huiskamer', 'course-venue', 'office']),
  neighbourhood: z.string().min(1),
  summary: z.string().optional(),
  address: z.object({ street: z.string().min(1), postcode: z.string().optional(), city: z.string().min(1) }),
  partners: z.array(slug).optional(),
  activeFrom: isoDate.optional(),
  activeUntil: isoDate.optional(),
  openingHours: z
    .array(
      z.object({
        day: z.enum(WEEKDAYS),
        opens: z.string().regex(TIME_PATTERN),
        closes: z.string().regex(TIME_PATTERN),
        note: z.string().optional(),
      }),
    )
    .optional(),
  description: markdown.optional(),
  accessibility: z.string().optional(),
  whatToExpect: z.string().max(600).optional(),
})

export const courseSeed = z.object({
  title: z.string().min(1),
  shortName: z.string().min(1),
  active: z.boolean(),
  summary: z.string().min(1),
  audience: z.string().optional(),
  body: markdown,
  editions: z.array(
    z.object({
      label: z.string().min(1),
      startDate: isoDate,
      endDate: isoDate.optional(),
      location: slug.optional(),
      capacity: z.number().int().positive().optional(),
      status: z.enum(EDITION_STATUSES),
      note: z.string().optional(),
    }),
  ),
})

export const timelineSeed = z.object({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12).optional(),
  title: z.string().min(1),
  body: markdown,
  locations: z.array(slug).optional(),
  partners: z.array(slug).optional(),
  courses: z.array(slug).optional(),
})

export const postSeed = z
  .object({
    title: z.string().min(1),
    kind: z.enum(POST_KINDS.map((kind) => kind.value) as [string, ...string[]]),
    publishedAt: isoDate,
    dateShownAs: z.enum(['day', 'year']),
    summary: z.string().min(1).max(300),
    body: markdown,
    source: z.object({ name: z.string().min(1), url: z.url().optional() }).optional(),
    locations: z.array(slug).optional(),
    courses: z.array(slug).optional(),
  })
  .refine((post) => post.kind !== 'media' || post.source, 'An article from elsewhere names its source')

/** An old address of the WordPress site: to a fixed path, or to a course page by slug. */
export const redirectSeed = z.union([
  z.object({ from: z.string().startsWith('/'), to: z.string().startsWith('/') }),
  z.object({ from: z.string().startsWith('/'), course: slug }),
])

export const siteSettingsSeed = z.object({
  tagline: z.string().min(1),
  helpLines: z.array(z.object({ label: z.string(), number: z.string().optional(), chatUrl: z.url().optional(), note: z.string().optional() })),
  goals: z.array(z.string()),
  approach: markdown,
  footerText: z.string(),
})

/** The team's first translations (content/translations.json), each seeded as "needs review by a native speaker". */
const inOtherLanguages = <T extends z.ZodType>(texts: T) => z.object({ en: texts, tr: texts, ar: texts })

export const translationsSeed = z.object({
  siteSettings: inOtherLanguages(
    z.object({
      tagline: z.string().min(1).max(300),
      helpLines: z.array(z.object({ label: z.string().min(1).max(80), note: z.string().max(120).optional() })),
    }),
  ),
  locations: z.record(z.string(), inOtherLanguages(z.object({ summary: z.string().max(300).optional(), whatToExpect: z.string().max(600).optional() }))),
  courses: z.record(z.string(), inOtherLanguages(z.object({ summary: z.string().min(1).max(400), audience: z.string().max(600).optional() }))),
})

export const seedContentSchema = z.object({
  partners: z.array(partnerSeed),
  locations: z.array(locationSeed),
  courses: z.array(courseSeed),
  timeline: z.array(timelineSeed),
  posts: z.array(postSeed),
  redirects: z.array(redirectSeed),
  siteSettings: siteSettingsSeed,
  translations: translationsSeed,
})

export type SeedContent = z.infer<typeof seedContentSchema>
