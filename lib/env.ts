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
    // "true" only when a reverse proxy in front of the site sets X-Forwarded-For.
    TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
    SMTP_HOST: optionalText,
    SMTP_PORT: z.coerce.number().int().positive().default(587),
    SMTP_USER: optionalText,
    SMTP_PASS: optionalText,
    MAIL_FROM: z.email('MAIL_FROM must be an e-mail address').default('website@doenenlatenutrecht.nl'),
    STAFF_NOTIFY_EMAIL: optionalText.pipe(z.email('STAFF_NOTIFY_EMAIL must be an e-mail address').optional()),
    REGISTRATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
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
