import type { DataSource } from 'typeorm';

interface ColumnRow {
  table_name: string;
  column_name: string;
  type: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

/**
 * A stable, reviewable text of what the migrations build in one schema: tables with their columns,
 * constraints and indexes. Committed as docs/database-schema.sql and checked by a test, so every
 * change to the database shows up in review.
 */
export async function dumpSchema(dataSource: DataSource, schema: string): Promise<string> {
  const columns: ColumnRow[] = await dataSource.query(
    `SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable, c.column_default
       FROM information_schema.columns c
       JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      WHERE c.table_schema = $1 AND c.table_name <> 'migrations'
      ORDER BY c.table_name, c.ordinal_position`,
    [schema],
  );
  const constraints: Array<{ table_name: string; name: string; definition: string }> = await dataSource.query(
    `SELECT t.relname AS table_name, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND t.relname <> 'migrations'
      ORDER BY t.relname, con.conname`,
    [schema],
  );
  const indexes: Array<{ indexdef: string }> = await dataSource.query(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> 'migrations'
        AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY tablename, indexname`,
    [schema],
  );
  const tables = [...new Set(columns.map((column) => column.table_name))];
  const blocks = tables.map((table) => {
    const lines = columns
      .filter((column) => column.table_name === table)
      .map(
        (column) =>
          `  ${column.column_name} ${column.type}${column.is_nullable === 'NO' ? ' NOT NULL' : ''}${column.column_default ? ` DEFAULT ${column.column_default}` : ''}`,
      );
    const tableConstraints = constraints
      .filter((constraint) => constraint.table_name === table)
      .map((constraint) => `  CONSTRAINT ${constraint.name} ${constraint.definition}`);
    return `CREATE TABLE ${schema}.${table} (\n${[...lines, ...tableConstraints].join(',\n')}\n);`;
  });
  return [`-- schema ${schema}`, ...blocks, ...indexes.map((index) => `${index.indexdef};`)].join('\n\n');
}
