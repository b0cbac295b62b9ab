// Reads what a PostgreSQL database's public schema actually contains, in a
// stable, comparable form: enums, tables, columns with type and nullability,
// indexes, and constraints (primary, unique, foreign keys, checks).
import pg from "pg";

export type SchemaDescription = {
  enums: Record<string, string[]>;
  columns: Record<string, string[]>;
  indexes: string[];
  constraints: string[];
};

const IGNORED_TABLES = ["_prisma_migrations"];

export async function describeSchema(connectionString: string): Promise<SchemaDescription> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const enums = await client.query<{ name: string; labels: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const columns = await client.query<{ table_name: string; column: string }>(`
      SELECT table_name,
             format('%s %s%s %s default=%s', column_name, udt_name,
                    coalesce('(' || character_maximum_length || ')', '(' || datetime_precision || ')', ''),
                    CASE WHEN is_nullable = 'YES' THEN 'null' ELSE 'not null' END,
                    coalesce(column_default, '-')) AS column
      FROM information_schema.columns
      WHERE table_schema = 'public' AND NOT (table_name = ANY($1))
      ORDER BY table_name, column_name`, [IGNORED_TABLES]);
    const indexes = await client.query<{ def: string }>(`
      SELECT indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY indexname`, [IGNORED_TABLES]);
    const constraints = await client.query<{ def: string }>(`
      SELECT format('%s %s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS def
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
      WHERE n.nspname = 'public' AND NOT (rel.relname = ANY($1)) ORDER BY rel.relname, con.conname`, [IGNORED_TABLES]);

    const byTable: Record<string, string[]> = {};
    for (const row of columns.rows) (byTable[row.table_name] ??= []).push(row.column);
    return {
      enums: Object.fromEntries(enums.rows.map((r) => [r.name, r.labels]).sort()),
      columns: byTable,
      indexes: indexes.rows.map((r) => r.def),
      constraints: constraints.rows.map((r) => r.def),
    };
  } finally {
    await client.end();
  }
}
