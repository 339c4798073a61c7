import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { chown } from 'node:fs/promises'
import path from 'node:path'

/**
 * Runs deploy/systemd's units the way systemd would, inside a test folder (there is no systemd here):
 * the unit's own lines — User, WorkingDirectory (resolved at start), EnvironmentFile, Environment,
 * UMask, StateDirectory, ExecStartPre, ExecStart, ExecStopPost — with the recipe's absolute paths moved
 * below `root` and its user `doenenlaten` played by `nobody`. Sandboxing options cannot be emulated.
 * `SYSTEMCTL` of deploy/release.sh points at tests/ops/systemctl.ts, which calls `restartUnit`.
 */
export const SERVICE_USER = { name: 'nobody', group: 'nogroup', uid: 65534, gid: 65534 }
const RECIPE_PATHS = ['/opt/doenenlaten', '/etc/doenenlaten', '/var/lib/doenenlaten', '/var/backups/doenenlaten']

type Unit = Map<string, string[]>

function readUnit(name: string): Unit {
  const unit: Unit = new Map()
  for (const line of readFileSync(path.resolve('deploy/systemd', name), 'utf8').split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line)
    if (match) unit.set(match[1], [...(unit.get(match[1]) ?? []), match[2]])
  }
  return unit
}

/** A value of the unit as it reads on this machine: paths below `root`, %i filled in, the test's node. */
function localise(value: string, root: string, instance: string): string {
  let result = value.replaceAll('%i', instance).replaceAll('/usr/local/bin/node', process.execPath)
  for (const prefix of RECIPE_PATHS) result = result.replaceAll(prefix, root + prefix)
  return result
    .replaceAll('-g doenenlaten', `-g ${SERVICE_USER.group}`)
    .split(' ')
    .map((word) => (word === 'doenenlaten' ? SERVICE_USER.name : word.replace(/^'(.*)'$/, '$1')))
    .join(' ')
}

function environmentOf(unit: Unit, root: string, instance: string): NodeJS.ProcessEnv {
  const environment: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
  for (const entry of unit.get('EnvironmentFile') ?? []) {
    const optional = entry.startsWith('-')
    const file = localise(entry.replace(/^-/, ''), root, instance)
    if (!existsSync(file) && optional) continue
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim())
      if (match) environment[match[1]] = match[2]
    }
  }
  for (const entry of unit.get('Environment') ?? []) {
    const [key, ...value] = localise(entry, root, instance).split('=')
    environment[key] = value.join('=')
  }
  return environment as NodeJS.ProcessEnv
}

type Prepared = { cwd: string; env: NodeJS.ProcessEnv; umask: string; unit: Unit; root: string; instance: string }

async function prepare(name: string, root: string, instance: string): Promise<Prepared> {
  const unit = readUnit(name)
  const mode = Number.parseInt(unit.get('StateDirectoryMode')?.[0] ?? '0755', 8)
  for (const dir of (unit.get('StateDirectory')?.[0] ?? '').split(' ').filter(Boolean)) {
    const full = path.join(root, 'var/lib', dir)
    mkdirSync(path.join(root, 'var/lib'), { recursive: true })
    mkdirSync(full, { recursive: true, mode })
    await chown(full, SERVICE_USER.uid, SERVICE_USER.gid)
  }
  const cwd = realpathSync(localise(unit.get('WorkingDirectory')?.[0] ?? '/', root, instance))
  return { cwd, env: environmentOf(unit, root, instance), umask: unit.get('UMask')?.[0] ?? '0022', unit, root, instance }
}

/** One Exec line; "+" runs it as root, as systemd does. */
function command(prepared: Prepared, line: string): { file: string; args: string[]; asRoot: boolean } {
  const asRoot = line.startsWith('+')
  const words = localise(line.replace(/^[+-]/, ''), prepared.root, prepared.instance).split(' ')
  // The umask applies to everything the service writes (UMask=).
  return { file: '/bin/sh', args: ['-c', `umask ${prepared.umask}; exec "$@"`, 'unit', ...words], asRoot }
}

function runSync(prepared: Prepared, line: string, logFile: string): void {
  const { file, args, asRoot } = command(prepared, line)
  const log = openSync(logFile, 'a')
  const result = spawnSync(file, args, {
    cwd: prepared.cwd,
    env: prepared.env,
    stdio: ['ignore', log, log],
    ...(asRoot ? {} : { uid: SERVICE_USER.uid, gid: SERVICE_USER.gid }),
  })
  closeSync(log)
  if (result.status !== 0) throw new Error(`${line} failed (exit ${result.status}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
}

const pidFile = (root: string, instance: string) => path.join(root, `run/doenenlaten@${instance}.pid`)
export const logFileOf = (root: string, name: string) => path.join(root, `log/${name}.log`)

/** `systemctl stop doenenlaten@<port>`: SIGTERM, then wait for the exit (20 s, then SIGKILL). */
export async function stopUnit(root: string, instance: string): Promise<void> {
  const file = pidFile(root, instance)
  if (!existsSync(file)) return
  const pid = Number(readFileSync(file, 'utf8'))
  const alive = () => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  if (alive()) process.kill(pid, 'SIGTERM')
  for (let waited = 0; alive() && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
  if (alive()) process.kill(pid, 'SIGKILL')
}

/** `systemctl restart doenenlaten@<port>`: stop, ExecStartPre, then ExecStart in the background. */
export async function restartUnit(root: string, instance: string): Promise<void> {
  await stopUnit(root, instance)
  const prepared = await prepare('doenenlaten@.service', root, instance)
  mkdirSync(path.join(root, 'log'), { recursive: true })
  mkdirSync(path.join(root, 'run'), { recursive: true })
  const logFile = logFileOf(root, `doenenlaten@${instance}`)
  for (const line of prepared.unit.get('ExecStartPre') ?? []) runSync(prepared, line, logFile)
  const { file, args } = command(prepared, prepared.unit.get('ExecStart')![0])
  const log = openSync(logFile, 'a')
  const child = spawn(file, args, { cwd: prepared.cwd, env: prepared.env, stdio: ['ignore', log, log], detached: true, uid: SERVICE_USER.uid, gid: SERVICE_USER.gid })
  closeSync(log)
  writeFileSync(pidFile(root, instance), String(child.pid))
  child.unref()
}

/** `systemctl start doenenlaten-backup` (Type=oneshot): every Exec line in order, ExecStopPost also after a failure. */
export async function runOneshot(root: string, name: string): Promise<void> {
  const prepared = await prepare(name, root, '')
  mkdirSync(path.join(root, 'log'), { recursive: true })
  const logFile = logFileOf(root, name)
  try {
    for (const line of [...(prepared.unit.get('ExecStartPre') ?? []), ...(prepared.unit.get('ExecStart') ?? [])]) runSync(prepared, line, logFile)
  } finally {
    for (const line of prepared.unit.get('ExecStopPost') ?? []) runSync(prepared, line, logFile)
  }
}
