import { spawn } from 'node:child_process'

/** What `npm run <command>` runs (see package.json): scripts/run.ts on this Node.js, with tsx's loader. */
export const SCRIPT_RUNNER = [process.execPath, '--import', 'tsx', 'scripts/run.ts']

export type ScriptResult = { code: number; stdout: string; stderr: string }

/** Run one of the project's entry points (`scripts/run.ts <command>`) as its own process, as npm would. */
export function runScript(args: string[], env: Record<string, string>): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const [command, ...runner] = SCRIPT_RUNNER
    const child = spawn(command, [...runner, ...args], {
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })
}
