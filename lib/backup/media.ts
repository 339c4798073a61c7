import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/lib/env'
import { localMediaDir, s3ClientConfig } from '@/lib/media-storage'

/** Copy every uploaded file (originals and resized versions) into `dir`; returns how many. */
export async function dumpMedia(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true })
  if (!env.S3_BUCKET) {
    await cp(localMediaDir(), dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    return (await listFiles(dir)).length
  }
  const s3 = new S3Client(s3ClientConfig())
  let count = 0
  let token: string | undefined
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: env.S3_BUCKET, ContinuationToken: token }))
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue
      const { Body } = await s3.send(new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: object.Key }))
      const target = safeJoin(dir, object.Key)
      await mkdir(path.dirname(target), { recursive: true })
      if (!Body) throw new Error(`S3 returned no body for ${object.Key}`)
      await writeFile(target, await Body.transformToByteArray())
      count++
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return count
}

/** True when the media store in use holds no file: a restore may fill it without overwriting anyone's uploads. */
export async function isMediaStoreEmpty(): Promise<boolean> {
  if (!env.S3_BUCKET) return (await listFiles(localMediaDir())).length === 0
  const page = await new S3Client(s3ClientConfig()).send(new ListObjectsV2Command({ Bucket: env.S3_BUCKET, MaxKeys: 1 }))
  return (page.Contents ?? []).length === 0
}

/** Put the files from `dir` back into the media store in use (local disk or the S3 bucket). */
export async function loadMedia(dir: string): Promise<number> {
  const files = await listFiles(dir)
  if (!env.S3_BUCKET) {
    await mkdir(localMediaDir(), { recursive: true })
    await cp(dir, localMediaDir(), { recursive: true })
    return files.length
  }
  const s3 = new S3Client(s3ClientConfig())
  for (const file of files) {
    const key = path.relative(dir, file).split(path.sep).join('/')
    await s3.send(new PutObjectCommand({ Bucket: env.S3_BUCKET, Key: key, Body: await readFile(file) }))
  }
  return files.length
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

/** An object key never writes outside the backup folder. */
function safeJoin(dir: string, key: string): string {
  const target = path.resolve(dir, key)
  if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`Refusing unsafe object key: ${key}`)
  return target
}
