import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'

/**
 * The Node.js processes of the server listening on `port` on this machine (Linux /proc): the listener
 * and the Node.js processes above it (`npm start` → scripts/run.ts → scripts/serve.mjs), with their
 * resident memory. For the benchmark's memory report.
 */
export function serverProcesses(port: number): { pid: number; command: string; rssMb: number }[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set(
    ['/proc/net/tcp', '/proc/net/tcp6']
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[9]),
  )
  const listener = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .find((pid) => {
      try {
        return readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? ''))
      } catch {
        return false
      }
    })
  const found: { pid: number; command: string; rssMb: number }[] = []
  for (let pid = Number(listener); pid > 1; ) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    const program = path.basename(command.split(' ')[0] ?? '')
    if (!['node', 'npm', 'sh'].includes(program)) break
    // npm runs its scripts through sh, which is not Node.js.
    if (program !== 'sh') found.push({ pid, command: command.slice(0, 80), rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024 })
    pid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }
  return found
}
