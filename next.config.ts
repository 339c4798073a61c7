import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'
import path from 'node:path'
import { env } from './lib/env'
import { localeRewrites } from './lib/i18n/rewrites'
import { securityHeaders } from './lib/security-headers'

const payloadConfig = withPayload(
  {
    // Several instances of one build: the same id everywhere (README, "Deploying on several servers").
    deploymentId: env.DEPLOYMENT_ID,
    // The build id follows the release too (with only a deploymentId, Next.js uses one constant id for
    // every build): the shared cache keys its entries by it, so a new release never serves the old one's pages.
    generateBuildId: () => env.DEPLOYMENT_ID ?? null,
    // With Redis, every instance reads and expires one shared cache; no private in-memory copy that
    // a revalidation on another instance could not reach.
    ...(env.REDIS_URL ? { cacheHandler: path.resolve('lib/cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
    // Payload's server-only packages load once per process from node_modules, as in Payload's own dev
    // set-up, instead of being bundled into every route handler's chunk: each bundled copy of Payload
    // was 13 MB of source in memory, and a server held six or more. Kept out of the bundle, Payload's
    // error classes also keep their names, by which it picks log levels (`loggingLevels`).
    serverExternalPackages: [
      'payload',
      '@payloadcms/db-postgres',
      '@payloadcms/drizzle',
      '@payloadcms/email-nodemailer',
      '@payloadcms/plugin-redirects',
      '@aws-sdk/client-s3',
    ],
    // scripts/serve.mjs compresses, with Brotli where the browser accepts it.
    compress: false,
    // The sign-up form is the only server action; anything far larger than it is rejected unread.
    experimental: {
      serverActions: { bodySizeLimit: '32kb' },
      // The site's one small stylesheet goes into the HTML: no render-blocking request before the first
      // paint on a slow phone connection (README, "Speed": LCP measured against a bare Next.js page).
      inlineCss: true,
      // Several root layouts ((site), (payload), (reference)): unmatched URLs get app/global-not-found.tsx.
      globalNotFound: true,
      // Without Redis, revalidated pages stay in this process's memory: the release folder is read-only
      // to the service (deploy/), and the prerendered pages on disk are never rewritten.
      isrFlushToDisk: false,
    },
  } satisfies NextConfig,
  { devBundleServerPackages: false },
)

const nextConfig = (phase: string): NextConfig => ({
  ...payloadConfig,
  // Dutch pages keep their addresses without a prefix. In production scripts/serve.mjs rewrites and
  // redirects them before Next.js routes; these rules are for `next dev` (lib/i18n/rewrites.ts).
  rewrites: async () => ({ beforeFiles: localeRewrites.rewrites, afterFiles: [], fallback: [] }),
  redirects: async () => (phase === PHASE_DEVELOPMENT_SERVER ? localeRewrites.redirects : []),
  async headers() {
    const rules = (await payloadConfig.headers?.()) ?? []
    // withPayload sends Critical-CH/Vary client hints on every route, which makes Chromium load a
    // page twice (payloadcms/payload#17906). Only the admin panel uses them, so keep them there.
    return [
      ...rules.map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
      { source: '/:path*', headers: securityHeaders(env.SITE_URL) },
    ]
  },
})

export default nextConfig
