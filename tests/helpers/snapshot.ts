import type pg from 'pg'
import { quoteIdentifier, tablesInDependencyOrder } from '@/lib/backup/tables'
import { withDatabaseClient } from '@/lib/database-client'

/** Every row of every table, in a stable order: what "identical content" means for a restore. */
export function databaseSnapshot(url: string): Promise<Record<string, string[]>> {
  return withDatabaseClient(url, async (client) => {
    const result: Record<string, string[]> = {}
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${quoteIdentifier(table.name)} t`)
      result[table.name] = rows.map(({ row }) => row).sort()
    }
    return result
  })
}

/** One query against a test database, on its own short-lived connection. */
export function queryRows<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  return withDatabaseClient(url, async (client) => (await client.query<Row>(text, values)).rows)
}
