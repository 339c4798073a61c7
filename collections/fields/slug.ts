import type { Field, FieldHook, TextField } from 'payload'
import { slugify } from '@/lib/slugify'

/** Fill the slug from the source field when it is empty, and normalise what an editor types. */
const formatSlug =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    const source = typeof value === 'string' && value ? value : data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** Remember the slug a document had before, so its old URL can redirect to the new one. */
const rememberOldSlug: FieldHook = ({ value, originalDoc, siblingData }) => {
  const previous: string[] = Array.isArray(value) ? value : (originalDoc?.previousSlugs ?? [])
  const old = originalDoc?.slug
  if (!old || old === siblingData.slug) return previous
  return [...new Set([...previous, old])].filter((slug) => slug !== siblingData.slug)
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
    description: 'Wordt gemaakt uit de naam. Alleen kleine letters, cijfers en streepjes. Oude adressen blijven werken.',
  },
  hooks: { beforeValidate: [formatSlug(sourceField)] },
})

/** Slug plus its history, for documents with their own public page. */
export const slugFieldsWithHistory = (sourceField = 'name'): Field[] => [
  slugField(sourceField),
  {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    label: 'Eerdere webadressen',
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: 'Deze adressen sturen door naar het huidige.' },
    hooks: { beforeChange: [rememberOldSlug] },
  },
]
