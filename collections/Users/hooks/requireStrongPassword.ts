import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Staff passwords of at least 12 characters, on create, on change and on reset, with a Dutch message. */
export const requireStrongPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const password: unknown = 'data' in args && args.data && typeof args.data === 'object' ? (args.data as { password?: unknown }).password : undefined
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      { errors: [{ path: 'password', message: `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.` }] },
      req.t,
    )
  }
  return args
}
