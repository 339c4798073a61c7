import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import path from 'node:path'
import type { Plugin } from 'payload'
import { env } from './env'

/** Where uploads live without S3 (MEDIA_DIR, absolute): the media collection's staticDir, and the backup's. */
export const localMediaDir = () => path.resolve(env.MEDIA_DIR)

/** How to reach the bucket; shared by the upload plugin and the backup. */
export function s3ClientConfig(): S3ClientConfig {
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? false,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    // The SDK's default checksums are not understood by every S3-compatible server; send them
    // only where the S3 API requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

/**
 * Uploads go to S3-compatible storage when S3_BUCKET is set, so every instance serves the same files;
 * otherwise to public/media on local disk. The storage fields are inserted either way, so both set-ups
 * share one database schema (and one set of migrations).
 */
export function mediaStorage(): Plugin {
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: env.S3_BUCKET ?? '',
    config: s3ClientConfig(),
  })
}
