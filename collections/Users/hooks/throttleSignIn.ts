import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { env } from '@/lib/env'
import { clientKey, FORGOT_PASSWORD_LIMIT, forgetAttempt, hitRateLimit, LOGIN_LIMIT, requestClientAddress } from '@/lib/rate-limit'

/** An expected refusal: logged as one info line (payload.config.ts, loggingLevels). */
export class TooManyAttempts extends APIError {
  static readonly NAME = 'TooManyAttempts'
  // Set explicitly: a bundler may rename classes, and Payload picks the log level by this name.
  override name = TooManyAttempts.NAME
  constructor(message: string) {
    super(message, 429, null, true)
  }
}

const RULES = {
  login: { rule: LOGIN_LIMIT, message: 'Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over een kwartier opnieuw.' },
  forgotPassword: { rule: FORGOT_PASSWORD_LIMIT, message: 'Je hebt al een paar keer een nieuw wachtwoord aangevraagd. Probeer het over een uur opnieuw.' },
} as const

const ATTEMPT = 'signInAttempt'

/**
 * Per-client limits on logging in and on asking for a password reset, counted in PostgreSQL so every
 * instance sees the same numbers. Only requests from a client are counted: our own server code calls
 * these operations without one.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const address = requestClientAddress(req.headers)
  if (!address) return args
  const { rule, message } = RULES[operation]
  // Without req: the attempt must stay counted when the login's own transaction is rolled back.
  const attempt = await hitRateLimit(req.payload, clientKey(address, env.PAYLOAD_SECRET), rule)
  if (attempt === null) throw new TooManyAttempts(message)
  req.context[ATTEMPT] = attempt
  return args
}

/** A successful login was no guess: only failed ones count towards the limit. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const attempt = req.context[ATTEMPT]
  if (typeof attempt === 'number') await forgetAttempt(req.payload, attempt)
}
