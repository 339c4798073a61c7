import type { FieldHook, TextField } from 'payload'
import { slugify } from '@/lib/slugify'

/** Fill the slug from the source field when it is empty, and normalise what an editor types. */
const formatSlug =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    const source = typeof value === 'string' && value ? value : data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

export const slugField = (sourceField = 'name'): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Webadres (slug)',
  unique: true,
  index: true,
  required: true,
  admin: {
    position: 'sidebar',
    description: 'Wordt gemaakt uit de naam. Alleen kleine letters, cijfers en streepjes.',
  },
  hooks: { beforeValidate: [formatSlug(sourceField)] },
})
