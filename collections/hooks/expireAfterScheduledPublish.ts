import type { CollectionAfterChangeHook } from 'payload'
import { PUBLIC_COLLECTIONS, tagsForDocumentChange, type PublicCollection } from '@/lib/cache-tags'
import { expireOnServer } from '@/lib/server-revalidation'

type ScheduledTarget = { relationTo?: string; value?: string | number }

const isPublicCollection = (slug: unknown): slug is PublicCollection => PUBLIC_COLLECTIONS.includes(slug as PublicCollection)

/**
 * On the jobs collection: once Payload's schedulePublish job has (un)published a document, expire its
 * pages. The document's own revalidation hook ran inside the job, where Next.js cannot expire anything;
 * here the document's change is committed, so the next visitor cannot cache the old version again.
 */
export const expireAfterScheduledPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.taskSlug !== 'schedulePublish' || !doc.completedAt || previousDoc?.completedAt) return doc
  const target = (doc.input as { doc?: ScheduledTarget } | undefined)?.doc
  if (!target?.value || !isPublicCollection(target.relationTo)) return doc
  try {
    const published = await req.payload.findByID({ collection: target.relationTo, id: Number(target.value), depth: 0, disableErrors: true })
    const slug = published && 'slug' in published ? published.slug : undefined
    await expireOnServer(tagsForDocumentChange(target.relationTo, [slug]))
  } catch (error) {
    // The document is published either way; its pages then update at the next save.
    req.payload.logger.error({ err: error, msg: `Scheduled publish of ${target.relationTo} ${target.value}: pages not refreshed` })
  }
  return doc
}
