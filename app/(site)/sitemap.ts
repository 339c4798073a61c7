import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'
import { getCourses } from '@/lib/queries/courses'
import { getLocations } from '@/lib/queries/locations'
import { getPostPage } from '@/lib/queries/posts'
import { postListPath, postPath } from '@/lib/posts'

const STATIC_PATHS = ['/', '/locaties', '/cursussen', '/agenda', '/nieuws', '/verhaal', '/team', '/partners', '/contact', '/toegankelijkheid', '/privacy']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [locations, courses, firstPage] = await Promise.all([getLocations(), getCourses(), getPostPage('1')])
  const postPages = await Promise.all(
    Array.from({ length: firstPage.totalPages - 1 }, (_, index) => getPostPage(String(index + 2))),
  )
  const posts = [firstPage, ...postPages].flatMap((page) => page.posts)
  return [
    ...STATIC_PATHS.map((path) => ({ url: `${env.SITE_URL}${path === '/' ? '' : path}` })),
    ...locations.map((location) => ({ url: `${env.SITE_URL}/locaties/${location.slug}`, lastModified: location.updatedAt })),
    ...courses.map((course) => ({ url: `${env.SITE_URL}/cursussen/${course.slug}`, lastModified: course.updatedAt })),
    ...postPages.map((page) => ({ url: `${env.SITE_URL}${postListPath(page.page)}` })),
    ...posts.map((post) => ({ url: `${env.SITE_URL}${postPath(post)}`, lastModified: post.publishedAt ?? undefined })),
  ]
}
