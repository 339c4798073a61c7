import type { CollectionBeforeDeleteHook, Where } from 'payload'

/**
 * A removed account leaves nothing that points at it: its document locks (the admin's edit view
 * breaks on a lock whose user is gone) and its admin preferences. Sessions live on the user row.
 * Before the delete, in its transaction: afterwards the database has already dropped the links to
 * the user, and the rows they were on could no longer be found by user.
 */
export const removeUserTraces: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const byThisUser: Where = { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: id } }] }
  await req.payload.delete({ collection: 'payload-locked-documents', where: byThisUser, overrideAccess: true, req })
  await req.payload.delete({ collection: 'payload-preferences', where: byThisUser, overrideAccess: true, req })
}
