import courses from './courses.json'
import locations from './locations.json'
import partners from './partners.json'
import posts from './posts.json'
import redirects from './redirects.json'
import { seedContentSchema, type SeedContent } from './schema'
import siteSettings from './site-settings.json'
import timeline from './timeline.json'
import translations from './translations.json'

/** All seed content, parsed once; a malformed file fails here with the path of the bad value. */
export function loadSeedContent(): SeedContent {
  return seedContentSchema.parse({ partners, locations, courses, timeline, posts, redirects, siteSettings, translations })
}
