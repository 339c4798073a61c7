import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'
import { getCourses } from '@/lib/queries/courses'
import { getLocations } from '@/lib/queries/locations'

const STATIC_PATHS = ['/', '/locaties', '/cursussen', '/verhaal', '/team', '/partners', '/contact', '/toegankelijkheid', '/privacy']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [locations, courses] = await Promise.all([getLocations(), getCourses()])
  return [
    ...STATIC_PATHS.map((path) => ({ url: `${env.SITE_URL}${path === '/' ? '' : path}` })),
    ...locations.map((location) => ({ url: `${env.SITE_URL}/locaties/${location.slug}`, lastModified: location.updatedAt })),
    ...courses.map((course) => ({ url: `${env.SITE_URL}/cursussen/${course.slug}`, lastModified: course.updatedAt })),
  ]
}
