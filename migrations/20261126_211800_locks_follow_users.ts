import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A document lock goes with the account that holds it, however the account goes. Payload's own delete
 * runs collections/Users/hooks/removeUserTraces; this covers the rest (SQL by hand, a partial restore).
 * Without it the lock's link to the user is cascaded away, and Payload's edit view fails on a lock
 * without a user ("Cannot read properties of undefined (reading 'id')" in getIsLocked) until it expires.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION "remove_locks_of_deleted_user"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM "payload_locked_documents" WHERE "id" IN (
      SELECT "parent_id" FROM "payload_locked_documents_rels" WHERE "path" = 'user' AND "users_id" = OLD."id"
    );
    RETURN OLD;
  END $$;
  CREATE TRIGGER "users_remove_locks" BEFORE DELETE ON "users"
    FOR EACH ROW EXECUTE FUNCTION "remove_locks_of_deleted_user"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "users_remove_locks" ON "users";
  DROP FUNCTION "remove_locks_of_deleted_user"();`)
}
