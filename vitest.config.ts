import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)
const resolve = {
  alias: {
    '@payload-config': path.join(root, 'payload.config.ts'),
    '@': root,
  },
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          setupFiles: ['tests/helpers/intEnv.ts'],
          // One throwaway database for the run: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        // The fault suite starts its own services (tests/ops/cluster.ts); one file, tests in order.
        test: {
          name: 'ops',
          environment: 'node',
          include: ['tests/ops/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
