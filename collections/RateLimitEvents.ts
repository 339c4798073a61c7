import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * One row per attempt, keyed by a hash of the client IP (never the IP itself). Lives in PostgreSQL so
 * limits hold across instances. Only server code writes it, with overrideAccess.
 */
export const RateLimitEvents: CollectionConfig = {
  slug: 'rate-limit-events',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'bucket', type: 'text', required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
  ],
}
