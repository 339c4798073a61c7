import { createReadStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type pg from 'pg'
import { MIGRATIONS_TABLE, quoteIdentifier, tablesInDependencyOrder } from './tables'

/**
 * The database part of a backup, as data only: one JSON line per row, per table. The schema is not
 * dumped but rebuilt by the committed migrations the backup names. That works the same for the
 * embedded PostgreSQL 18 and any managed server, needs no pg_dump of a matching version, and a
 * restore always ends on exactly the schema the code expects.
 */
export type DatabaseManifest = { migrations: string[]; rows: Record<string, number> }

const INSERT_BATCH = 500

/** Write every row into `dir/<table>.jsonl`, all from one consistent snapshot. */
export async function dumpDatabase(client: pg.ClientBase, dir: string): Promise<DatabaseManifest> {
  await mkdir(dir, { recursive: true })
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const { rows: applied } = await client.query<{ name: string }>(
      `SELECT name FROM ${MIGRATIONS_TABLE} WHERE batch > 0 ORDER BY id`,
    )
    const rows: Record<string, number> = {}
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows: lines } = await client.query<{ line: string }>(
        `SELECT row_to_json(t)::text AS line FROM ${quoteIdentifier(table.name)} t`,
      )
      await writeFile(path.join(dir, `${table.name}.jsonl`), lines.map(({ line }) => `${line}\n`).join(''))
      rows[table.name] = lines.length
    }
    return { migrations: applied.map(({ name }) => name), rows }
  } finally {
    await client.query('COMMIT')
  }
}

/** True when no table but the migrations log holds a row (or there are no tables at all). */
export async function isDatabaseEmpty(client: pg.ClientBase): Promise<boolean> {
  for (const table of await tablesInDependencyOrder(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdentifier(table.name)} LIMIT 1`)
    if (rowCount) return false
  }
  return true
}

/** Drop everything in the public schema, so migrations start from nothing. */
export async function resetSchema(client: pg.ClientBase): Promise<void> {
  await client.query('DROP SCHEMA public CASCADE')
  await client.query('CREATE SCHEMA public')
}

/**
 * Insert the dumped rows into freshly migrated tables, in one transaction (a failed restore leaves
 * the tables empty, never half-filled), then move every id sequence past the restored ids.
 */
export async function loadDatabase(client: pg.ClientBase, dir: string, manifest: DatabaseManifest): Promise<void> {
  const tables = await tablesInDependencyOrder(client)
  const missing = Object.keys(manifest.rows).filter((name) => !tables.some((table) => table.name === name))
  if (missing.length) throw new Error(`The backup has tables this schema lacks: ${missing.join(', ')}`)
  await client.query('BEGIN')
  try {
    for (const table of tables) {
      if (!manifest.rows[table.name]) continue
      const columns = table.columns.map(quoteIdentifier).join(', ')
      const insert = `INSERT INTO ${quoteIdentifier(table.name)} (${columns})
        SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdentifier(table.name)}, $1::json)`
      let batch: string[] = []
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(',')}]`])
        batch = []
      }
      const lines = createInterface({ input: createReadStream(path.join(dir, `${table.name}.jsonl`)), crlfDelay: Infinity })
      for await (const line of lines) {
        if (!line) continue
        batch.push(line)
        if (batch.length >= INSERT_BATCH) await flush()
      }
      await flush()
    }
    await resetSequences(client)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
       FROM information_schema.columns
      WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  )
  for (const { table_name, column_name, sequence } of rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT MAX(${quoteIdentifier(column_name)}) FROM ${quoteIdentifier(table_name)}), 0) + 1, false)`,
      [sequence],
    )
  }
}
