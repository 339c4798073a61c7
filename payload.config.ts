import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'
import { Activities } from '@/collections/Activities'
import { Coaches } from '@/collections/Coaches'
import { Courses } from '@/collections/Courses'
import { SiteSettings } from '@/collections/globals/SiteSettings'
import { Locations } from '@/collections/Locations'
import { Media, MAX_UPLOAD_BYTES } from '@/collections/Media'
import { OutgoingEmails } from '@/collections/OutgoingEmails'
import { Partners } from '@/collections/Partners'
import { Posts } from '@/collections/Posts'
import { RateLimitEvents } from '@/collections/RateLimitEvents'
import { redirects } from '@/collections/Redirects'
import { Registrations } from '@/collections/Registrations'
import { TimelineEvents } from '@/collections/TimelineEvents'
import { withAnonymousReadCaps } from '@/collections/hooks/capAnonymousReads'
import { Users } from '@/collections/Users'
import { TooManyAttempts } from '@/collections/Users/hooks/throttleSignIn'
import { logIdleConnectionErrors } from '@/lib/database-errors'
import { deleteExpiredRegistrations } from '@/lib/jobs/deleteExpiredRegistrations'
import { refreshPagesAfterScheduledPublish } from '@/lib/jobs/refreshAfterScheduledPublish'
import { remindCourseStart } from '@/lib/jobs/remindCourseStart'
import { remindStaleHours } from '@/lib/jobs/remindStaleHours'
import { smtpEmailAdapter } from '@/lib/email-adapter'
import { MAIL_QUEUE, sendEmailTask } from '@/lib/mail/outbox'
import { warnAboutMailSettings } from '@/lib/mail/settings'
import { env } from '@/lib/env'
import { contentLocalization } from '@/lib/i18n/content-localization'
import { mediaStorage } from '@/lib/media-storage'
import { reachEndpoints } from '@/lib/stats/endpoints'
import { reachViews } from '@/lib/stats/admin-views'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Offline-safe: no gravatar.com requests.
    avatar: 'default',
    // Dutch dates with a 24-hour clock ("26 november 2026, 16:12"), not the US default.
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: dirname },
    // Coordinators start at their own huiskamers (admins get the usual dashboard).
    components: { beforeDashboard: ['@/components/admin/CoordinatorStart#CoordinatorStart'], ...reachViews },
  },
  collections: [Locations, Courses, Posts, Activities, TimelineEvents, Coaches, Partners, Media, Registrations, OutgoingEmails, Users, RateLimitEvents].map(
    withAnonymousReadCaps,
  ),
  endpoints: reachEndpoints,
  // The site does not use GraphQL: its endpoints answer 404.
  graphQL: { disable: true },
  globals: [SiteSettings],
  // Coordinators work in Dutch; English stays available under their account settings.
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  // Content in Dutch, English, Turkish and Arabic (lib/i18n); the admin's own language is `i18n` above.
  localization: contentLocalization,
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Schema changes only through committed migrations; a dev push could silently drop data.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  sharp,
  email: smtpEmailAdapter(),
  jobs: {
    tasks: [deleteExpiredRegistrations, sendEmailTask, remindStaleHours, remindCourseStart],
    // The server with RUN_JOBS (one process, however many instances) checks the nightly queue;
    // `schedule` on the task enqueues it at 03:00.
    // Scheduled publishing (Payload's schedulePublish task) uses the default queue: checked every 10 s.
    autoRun: [
      { cron: '*/15 * * * *', queue: 'nightly' },
      { cron: '*/10 * * * * *', queue: 'default' },
      // The outbox (lib/mail/outbox.ts): a mail leaves within about 10 s of its commit.
      { cron: '*/10 * * * * *', queue: MAIL_QUEUE },
    ],
    shouldAutoRun: () => env.RUN_JOBS && process.env.NEXT_PHASE !== 'phase-production-build',
  },
  plugins: [mediaStorage(), redirects],
  // Expected refusals are one info line each (Forbidden, NotFound and ValidationError already are), so
  // the error level holds only what somebody has to look at. Payload's type knows only its own error
  // names; the lookup at runtime is by any error's name.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', [TooManyAttempts.NAME]: 'info' } as Config['loggingLevels'],
  onInit: (payload) => {
    logIdleConnectionErrors(payload)
    warnAboutMailSettings(payload)
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
}).then(refreshPagesAfterScheduledPublish)
