import { Client, type QueryResultRow } from 'pg';

/** A fresh connection per call, so a test file never holds one open past its database's drop. */
export async function queryDb<R extends QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
