// Generated data as JSON a reader can diff: one entry a line, keys in the order given, a final newline.
// The same value always gives the same bytes, so rebuilding unchanged sources changes no file.

/** Top-level fields indented; each entry of a list on one line. */
export function formatJson(value: Record<string, unknown>): string {
  const fields = Object.entries(value).map(
    ([key, field]) => `  ${JSON.stringify(key)}: ${formatField(field)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}

function formatField(field: unknown): string {
  if (Array.isArray(field)) {
    if (field.length === 0) return '[]';
    return `[\n${field.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  }
  if (field !== null && typeof field === 'object') {
    const entries = Object.entries(field);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
  }
  return JSON.stringify(field);
}

/** A list of records, one a line. */
export function formatList(items: readonly unknown[]): string {
  return items.length === 0
    ? '[]\n'
    : `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
}
