// @ts-check
/**
 * Imported first by every entry point (scripts/run.ts, scripts/serve.mjs): stop at once, with a clear
 * message, on a Node.js older than 24. V8 in Node 20 and 22 can leave an `import()` of a module graph
 * with top-level awaits pending forever (tc39/ecma262#3353; reproduced in tests/fixtures/v8-tla):
 * loading Payload's config, through lexical's `*.node.mjs` entry files, hung or silently did nothing in
 * about one run in five. package.json's `engines` and .nvmrc name the same version (a unit test checks).
 */
export const MINIMUM_NODE_MAJOR = 24

const major = Number(process.versions.node.split('.')[0])
if (major < MINIMUM_NODE_MAJOR) {
  console.error(
    `Doen & Laten needs Node.js ${MINIMUM_NODE_MAJOR} or newer; this is Node.js ${process.version}. ` +
      'Install Node.js 24 first (README, "Node.js 24").',
  )
  process.exit(1)
}
