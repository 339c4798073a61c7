import type { SanitizedConfig, TaskConfig } from 'payload'
import { PUBLIC_COLLECTIONS, tagsForDocumentChange, type PublicCollection } from '@/lib/cache-tags'
import { expireOnServer } from '@/lib/server-revalidation'

type ScheduledTarget = { relationTo?: string; value?: string | number }

const isPublicCollection = (slug: unknown): slug is PublicCollection => PUBLIC_COLLECTIONS.includes(slug as PublicCollection)

/**
 * After Payload's schedulePublish task has (un)published a document, expire its pages. The document's
 * own revalidation hook ran inside the job, where Next.js cannot expire anything; when this runs the
 * task's update is committed, so the next visitor renders (and caches) the new version.
 */
const refreshPages: NonNullable<TaskConfig['onSuccess']> = async ({ input, req }) => {
  const target = (input as { doc?: ScheduledTarget } | undefined)?.doc
  if (!target?.value || !isPublicCollection(target.relationTo)) return
  try {
    const doc = await req.payload.findByID({ collection: target.relationTo, id: Number(target.value), depth: 0, disableErrors: true })
    await expireOnServer(tagsForDocumentChange(target.relationTo, [doc && 'slug' in doc ? doc.slug : undefined]))
  } catch (error) {
    // The document is (un)published either way; its pages then update at the next save.
    req.payload.logger.error({ err: error, msg: `Scheduled publish of ${target.relationTo} ${target.value}: pages not refreshed` })
  }
}

/** Payload adds its schedulePublish task while building the config; give it the refresh as onSuccess. */
export function refreshPagesAfterScheduledPublish(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs.tasks?.find(({ slug }) => slug === 'schedulePublish')
  if (!task) throw new Error('Payload no longer adds a schedulePublish task: scheduled posts would not refresh their pages')
  task.onSuccess = refreshPages
  return config
}
