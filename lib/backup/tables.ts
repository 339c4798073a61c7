import type pg from 'pg'

export type TableInfo = { name: string; columns: string[] }

/** The table Payload records applied migrations in: restore recreates it by migrating, never by copying. */
export const MIGRATIONS_TABLE = 'payload_migrations'

/**
 * Every table of the public schema with its writable columns (generated columns are computed again on
 * insert), in foreign-key order: a table comes after every table it references.
 */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
      ORDER BY c.table_name, c.ordinal_position`,
  )
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_class parent ON parent.oid = con.confrelid
       JOIN pg_namespace ns ON ns.oid = child.relnamespace
      WHERE con.contype = 'f' AND ns.nspname = 'public' AND child.relname <> parent.relname`,
  )
  const tables = new Map<string, string[]>()
  for (const { table_name, column_name } of columns) tables.set(table_name, [...(tables.get(table_name) ?? []), column_name])
  tables.delete(MIGRATIONS_TABLE)

  const ordered: TableInfo[] = []
  const visiting = new Set<string>()
  const visit = (name: string) => {
    if (ordered.some((table) => table.name === name) || !tables.has(name)) return
    if (visiting.has(name)) throw new Error(`Foreign keys form a cycle through table ${name}; cannot order the restore.`)
    visiting.add(name)
    for (const { parent } of references.filter((reference) => reference.child === name)) visit(parent)
    visiting.delete(name)
    ordered.push({ name, columns: tables.get(name) ?? [] })
  }
  for (const name of [...tables.keys()].sort()) visit(name)
  return ordered
}

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`
