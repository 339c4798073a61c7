import pg from 'pg'
import { quoteIdentifier, tablesInDependencyOrder } from '@/lib/backup/tables'

/** Every row of every table, in a stable order: what "identical content" means for a restore. */
export async function databaseSnapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result: Record<string, string[]> = {}
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${quoteIdentifier(table.name)} t`)
      result[table.name] = rows.map(({ row }) => row).sort()
    }
    return result
  } finally {
    await client.end()
  }
}

/** One query against a test database, on its own short-lived connection. */
export async function queryRows<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}
