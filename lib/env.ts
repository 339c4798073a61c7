import { z } from 'zod'

/**
 * The one place that reads process.env. Everything else imports `env`.
 * `scripts/run.ts` fills DATABASE_URL (embedded PostgreSQL) and, for local runs, PAYLOAD_SECRET
 * before Next.js or Payload start, so in production both must come from the environment.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

const booleanText = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === 'true'))

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required (scripts/run.ts sets it when using the embedded database)' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// connection string'),
    PAYLOAD_SECRET: z
      .string({ error: 'PAYLOAD_SECRET is required in production: set a random value of 32+ characters' })
      .min(32, 'PAYLOAD_SECRET must be at least 32 characters'),
    SITE_URL: z.url('SITE_URL must be a full URL such as https://doenenlatenutrecht.nl').default('http://localhost:3000'),
    SEED_ADMIN_EMAIL: optionalText.pipe(z.email('SEED_ADMIN_EMAIL must be an e-mail address').optional()),
    SEED_ADMIN_PASSWORD: optionalText.pipe(z.string().min(12, 'SEED_ADMIN_PASSWORD needs 12+ characters').optional()),
    // How many reverse proxies append to X-Forwarded-For in front of the site (read by scripts/serve.mjs).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0, 'TRUSTED_PROXY_HOPS must be 0 or more').default(0),
    // The address scripts/serve.mjs listens on: loopback, so only the proxy on this machine reaches it.
    LISTEN_ADDRESS: z.union([z.ipv4(), z.ipv6()], 'LISTEN_ADDRESS must be an IP address such as 127.0.0.1').default('127.0.0.1'),
    SMTP_HOST: optionalText,
    SMTP_PORT: z.coerce.number().int().positive().default(587),
    SMTP_USER: optionalText,
    SMTP_PASS: optionalText,
    MAIL_FROM: z.email('MAIL_FROM must be an e-mail address').default('website@doenenlatenutrecht.nl'),
    STAFF_NOTIFY_EMAIL: optionalText.pipe(z.email('STAFF_NOTIFY_EMAIL must be an e-mail address').optional()),
    REGISTRATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    // Several instances: one shared cache (Redis) and one media store (S3-compatible). See README.
    REDIS_URL: optionalText.pipe(z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL').optional()),
    S3_BUCKET: optionalText,
    S3_ENDPOINT: optionalText.pipe(z.url('S3_ENDPOINT must be a full URL').optional()),
    S3_REGION: z.string().trim().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_FORCE_PATH_STYLE: booleanText,
    // "false" on every instance but one: scheduled jobs run in exactly one process.
    RUN_JOBS: booleanText.default(true),
    // Read by Next.js at build time; must be the same for every instance (see README).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText.pipe(
      z
        .base64('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 (openssl rand -base64 32)')
        .refine((key) => [16, 24, 32].includes(Buffer.from(key, 'base64').length), 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 bytes')
        .optional(),
    ),
    DEPLOYMENT_ID: optionalText,
    // Reach counting (lib/stats, read by its plain-JS modules): "false" switches it off (the benchmark compares both).
    STATS_COUNTING: booleanText.default(true),
    // Where this server reaches itself (lib/server-revalidation.ts). Set by `npm start` and `npm run dev`.
    INTERNAL_URL: optionalText.pipe(z.url('INTERNAL_URL must be a full URL').optional()),
    BACKUP_DIR: z.string().trim().min(1).default('.data/backups'),
    // Uploads without S3. In production outside the (read-only) code: /var/lib/doenenlaten/media.
    MEDIA_DIR: z.string().trim().min(1).default('public/media'),
  })
  .superRefine((env, context) => {
    if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      context.addIssue({ code: 'custom', path: ['S3_ACCESS_KEY_ID'], message: 'S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY' })
    }
  })
  .transform((env) => ({ ...env, SITE_URL: env.SITE_URL.replace(/\/$/, '') }))

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${problems.join('\n')}\nSee .env.example and README.md.`)
  }
  return result.data
}

let cached: Env | undefined

/** Parsed lazily so that importing a module never throws before the environment is prepared. */
export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    cached ??= parseEnv(process.env)
    return cached[key as keyof Env]
  },
})
