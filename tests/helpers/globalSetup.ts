import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '@/scripts/prepare-database'
import { testEnv } from './testEnv'
import { startThrowawayDatabase } from './throwawayDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** One throwaway PostgreSQL for the integration run, migrated and seeded like a first start. */
export default async function setup(project: TestProject) {
  const database = await startThrowawayDatabase()
  Object.assign(process.env, testEnv(database.url), { NODE_ENV: 'test' })
  await prepareDatabase('if-empty')
  project.provide('databaseUrl', database.url)
  return () => database.stop()
}
