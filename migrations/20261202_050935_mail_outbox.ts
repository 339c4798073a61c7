import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_outgoing_emails_kind" AS ENUM('sign-up-confirmation', 'staff-sign-up', 'place-offered', 'staff-cancellation', 'hours-reminder', 'course-reminder');
  CREATE TYPE "public"."enum_outgoing_emails_status" AS ENUM('queued', 'sent', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEmail' BEFORE 'schedulePublish';
  CREATE TABLE "outgoing_emails" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_outgoing_emails_kind" NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"status" "enum_outgoing_emails_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"text" varchar NOT NULL,
  	"html" varchar NOT NULL,
  	"attachments" jsonb,
  	"registration_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  DROP TYPE "public"."enum_registrations_status";
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('new', 'contacted', 'intake', 'enrolled', 'declined', 'withdrawn', 'waitlisted');
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_registrations_status";
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DATA TYPE "public"."enum_registrations_status" USING "status"::"public"."enum_registrations_status";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outgoing_emails_id" integer;
  ALTER TABLE "outgoing_emails" ADD CONSTRAINT "outgoing_emails_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "outgoing_emails_kind_idx" ON "outgoing_emails" USING btree ("kind");
  CREATE INDEX "outgoing_emails_to_idx" ON "outgoing_emails" USING btree ("to");
  CREATE INDEX "outgoing_emails_status_idx" ON "outgoing_emails" USING btree ("status");
  CREATE INDEX "outgoing_emails_registration_idx" ON "outgoing_emails" USING btree ("registration_id");
  CREATE INDEX "outgoing_emails_updated_at_idx" ON "outgoing_emails" USING btree ("updated_at");
  CREATE INDEX "outgoing_emails_created_at_idx" ON "outgoing_emails" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outgoing_emails_fk" FOREIGN KEY ("outgoing_emails_id") REFERENCES "public"."outgoing_emails"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_outgoing_emails_id_idx" ON "payload_locked_documents_rels" USING btree ("outgoing_emails_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outgoing_emails" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "outgoing_emails" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outgoing_emails_fk";
  
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  UPDATE "registrations" SET "status" = 'contacted' WHERE "status" = 'intake';
  UPDATE "registrations" SET "status" = 'declined' WHERE "status" = 'withdrawn';
  DROP TYPE "public"."enum_registrations_status";
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('new', 'contacted', 'enrolled', 'waitlisted', 'declined');
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_registrations_status";
  ALTER TABLE "registrations" ALTER COLUMN "status" SET DATA TYPE "public"."enum_registrations_status" USING "status"::"public"."enum_registrations_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deleteExpiredRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deleteExpiredRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_outgoing_emails_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outgoing_emails_id";
  DROP TYPE "public"."enum_outgoing_emails_kind";
  DROP TYPE "public"."enum_outgoing_emails_status";`)
}
