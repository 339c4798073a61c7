import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'
import { languageAlternates } from '@/lib/i18n/paths'
import { documentPath } from '@/lib/paths'
import { getCourses } from '@/lib/queries/courses'
import { getLocations } from '@/lib/queries/locations'
import { getPostPage } from '@/lib/queries/posts'
import { postListPath, postPath } from '@/lib/posts'

const STATIC_PATHS = ['/', '/locaties', '/cursussen', '/agenda', '/nieuws', '/verhaal', '/team', '/partners', '/contact', '/toegankelijkheid', '/privacy']

const absolute = (path: string) => `${env.SITE_URL}${path === '/' ? '' : path}`

/** Each page once, by its Dutch address, with the same page in every language (hreflang, x-default). */
function entry(path: string, lastModified?: string | null): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([lang, url]) => [lang, absolute(url)]))
  return { url: absolute(path), lastModified: lastModified ?? undefined, alternates: { languages } }
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [locations, courses, firstPage] = await Promise.all([getLocations('nl'), getCourses('nl'), getPostPage('1', 'nl')])
  const postPages = await Promise.all(
    Array.from({ length: firstPage.totalPages - 1 }, (_, index) => getPostPage(String(index + 2), 'nl')),
  )
  const posts = [firstPage, ...postPages].flatMap((page) => page.posts)
  return [
    ...STATIC_PATHS.map((path) => entry(path)),
    ...locations.map((location) => entry(documentPath('locations', location.slug), location.updatedAt)),
    ...courses.map((course) => entry(documentPath('courses', course.slug), course.updatedAt)),
    ...postPages.map((page) => entry(postListPath(page.page))),
    ...posts.map((post) => entry(postPath(post), post.publishedAt)),
  ]
}
