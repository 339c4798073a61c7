import pg from 'pg'

/** Run `work` on a connection of its own (outside Payload's pool), closed again however `work` ends. */
export async function withDatabaseClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
