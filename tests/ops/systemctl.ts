/**
 * `systemctl restart doenenlaten@<port>` for deploy/release.sh in the recipe test (SYSTEMCTL): the unit
 * run by tests/ops/systemd-unit.ts below RECIPE_ROOT.
 */
import { restartUnit } from './systemd-unit'

const [verb, unit] = process.argv.slice(2)
const root = process.env.RECIPE_ROOT
const instance = /^doenenlaten@(\d+)$/.exec(unit ?? '')?.[1]
if (verb !== 'restart' || !instance || !root) {
  console.error('Usage: RECIPE_ROOT=<dir> systemctl.ts restart doenenlaten@<port>')
  process.exit(2)
}
await restartUnit(root, instance)
