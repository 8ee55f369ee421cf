// Pure helpers of the Cypher console: which $parameters a query uses, what a form value means, and how a
// result value reads in one table cell.
import type { QueryParam } from '../../shared/api.ts';

/** The `$name` parameters a query uses, in order of first use, outside strings and comments. */
export function parameterNames(query: string): string[] {
  const code = query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, ' ');
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/** A form value as the type the parameter declares, or as what it looks like when nothing declares it. */
export function parseParamValue(text: string, type?: QueryParam['type']): unknown {
  const value = text.trim();
  if (type === 'string') return text;
  if (type === 'integer' || type === 'float' || (type === undefined && /^-?\d+(\.\d+)?$/.test(value)))
    return value === '' ? null : Number(value);
  if (type === 'boolean' || /^(true|false)$/.test(value)) return value === 'true';
  return text;
}

const LIST_ITEMS = 12;

/** A short text for one value of a result: nodes as `(:Label name)`, relationships as `[:TYPE]`. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const items = value.slice(0, LIST_ITEMS).map(shortValue);
    if (value.length > LIST_ITEMS) items.push(`… ${value.length - LIST_ITEMS} more`);
    return `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const props = (record.properties ?? {}) as Record<string, unknown>;
    if (Array.isArray(record.labels) && typeof record.elementId === 'string') {
      const name = [props.name, props.title, props.id].find(
        (v) => typeof v === 'string' || typeof v === 'number',
      );
      return `(:${record.labels.join(':')}${name === undefined ? '' : ` ${String(name)}`})`;
    }
    if (typeof record.type === 'string' && typeof record.start === 'string') {
      const quote =
        typeof props.quote === 'string'
          ? ` “${props.quote.length > 90 ? `${props.quote.slice(0, 87)}…` : props.quote}”`
          : '';
      return `[:${record.type}${quote}]`;
    }
    if (Array.isArray(record.nodes) && Array.isArray(record.relationships))
      return `path of ${record.relationships.length} relationship${record.relationships.length === 1 ? '' : 's'}: ${record.nodes.map(shortValue).join(' → ')}`;
  }
  return JSON.stringify(value);
}
