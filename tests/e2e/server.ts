/**
 * The e2e web server: a throwaway PostgreSQL, then `npm run build` and `npm start` against it, exactly
 * as production runs (migrations, first-start seed, static pages). Stops everything on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { testEnv } from '../helpers/testEnv'
import { startThrowawayDatabase } from '../helpers/throwawayDatabase'

const port = process.argv[2] ?? '3210'
const database = await startThrowawayDatabase()
const env = { ...process.env, ...testEnv(database.url, `http://localhost:${port}`), PORT: port }
let child: ChildProcess | undefined

function run(command: string): Promise<number> {
  return new Promise((resolve) => {
    child = spawn('node_modules/.bin/tsx', ['scripts/run.ts', command], { env, stdio: 'inherit' })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function shutdown(code: number): Promise<never> {
  child?.kill('SIGTERM')
  await database.stop()
  process.exit(code)
}
process.on('SIGTERM', () => void shutdown(0))
process.on('SIGINT', () => void shutdown(0))

const built = await run('build')
if (built !== 0) await shutdown(built)
await shutdown(await run('start'))
