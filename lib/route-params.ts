import { z } from 'zod'

/** Route params are input: an unexpected slug becomes `null` (a 404), never a query on raw text. */
export const slugParams = z.object({
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9-]+$/)
    .nullable()
    .catch(null),
})
