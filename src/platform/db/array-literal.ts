/**
 * A PostgreSQL array literal for one bound parameter (`unnest($1::uuid[])`), so a batch of rows is
 * updated in one statement. Every element is quoted, so any text survives; null stays NULL.
 */
export const arrayLiteral = (values: readonly (string | null)[]): string =>
  `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
