import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MINIMUM_NODE_MAJOR } from '@/lib/require-supported-node.mjs'

const SYSTEM_NODE = '/usr/bin/node'
const systemNodeMajor = existsSync(SYSTEM_NODE)
  ? Number(execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }))
  : undefined

describe('the Node.js runtime', () => {
  it('runs the V8 top-level-await reproduction to the end (tests/fixtures/v8-tla)', () => {
    const output = execFileSync(process.execPath, ['main2.mjs'], { cwd: path.resolve('tests/fixtures/v8-tla'), encoding: 'utf8', timeout: 10_000 })
    expect(output).toContain('all imports settled')
    expect(output).not.toContain('NEVER SETTLED')
  })

  it('is the version package.json, .nvmrc and .node-version ask for', () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node
    expect(engines).toBe(`>=${MINIMUM_NODE_MAJOR}`)
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(MINIMUM_NODE_MAJOR))
    expect(readFileSync('.node-version', 'utf8').trim()).toBe(String(MINIMUM_NODE_MAJOR))
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m)
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(MINIMUM_NODE_MAJOR)
  })

  // Debian's machines ship an older Node.js beside the one the project installs: it must be refused clearly.
  it.skipIf(!systemNodeMajor || systemNodeMajor >= MINIMUM_NODE_MAJOR)('refuses to start the server on an older Node.js', () => {
    const result = spawnSync(SYSTEM_NODE, ['scripts/serve.mjs'], { encoding: 'utf8', timeout: 10_000 })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`needs Node.js ${MINIMUM_NODE_MAJOR} or newer`)
  })
})

describe('the production server process', () => {
  it('runs with the same Node.js flags from npm start and from the systemd unit', async () => {
    const { SERVER_NODE_FLAGS } = await import('@/scripts/next-process')
    const unit = readFileSync('deploy/systemd/doenenlaten@.service', 'utf8')
    expect(unit).toContain(`ExecStart=/usr/local/bin/node ${SERVER_NODE_FLAGS.join(' ')} scripts/serve.mjs`)
  })
})
