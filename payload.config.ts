import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Coaches } from '@/collections/Coaches'
import { Courses } from '@/collections/Courses'
import { SiteSettings } from '@/collections/globals/SiteSettings'
import { Locations } from '@/collections/Locations'
import { Media, MAX_UPLOAD_BYTES } from '@/collections/Media'
import { Partners } from '@/collections/Partners'
import { TimelineEvents } from '@/collections/TimelineEvents'
import { Users } from '@/collections/Users'
import { env } from '@/lib/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Offline-safe: no gravatar.com requests.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  collections: [Locations, Courses, TimelineEvents, Coaches, Partners, Media, Users],
  globals: [SiteSettings],
  // Coordinators work in Dutch; English stays available under their account settings.
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Schema changes only through committed migrations; a dev push could silently drop data.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
})
