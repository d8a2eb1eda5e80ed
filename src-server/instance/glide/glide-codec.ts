import type { ColumnDef, ColumnType, TableDef } from '../../../src-shared/model/column';

/**
 * Glide stores every value as text: booleans as "1"/"0" (or "true"/"false" when set from a
 * script), numbers as digits, datetimes as `yyyy-MM-dd HH:mm:ss` in UTC. The table model speaks
 * typed values and ISO-8601 datetimes. These two functions are the only translation between them.
 */

const GLIDE_DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/;

/** `2026-03-01 02:00:00` → `2026-03-01T02:00:00.000Z`; null when it is not a datetime. */
export function isoOfGlide(text: string): string | null {
  const match = GLIDE_DATETIME.exec(text.trim());
  if (match === null) return null;
  return `${match[1]}T${match[2]}.000Z`;
}

/** ISO (any offset) or epoch ms → Glide's UTC text; null for an unreadable value. */
export function glideOfIso(value: string | number): string | null {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

export function columnTypeOf(table: TableDef, field: string): ColumnType | undefined {
  if (field === 'sys_id') return 'string';
  if (field === 'sys_created_on' || field === 'sys_updated_on') return 'datetime';
  return table.columns[field]?.type;
}

/** Text from GlideRecord.getValue → the model's typed value. Empty text is null. */
export function decodeValue(type: ColumnType, raw: string | null | undefined): unknown {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (type) {
    case 'boolean':
      return raw === '1' || raw === 'true';
    case 'integer': {
      const n = Number.parseInt(raw, 10);
      return Number.isFinite(n) ? n : null;
    }
    case 'decimal': {
      const n = Number.parseFloat(raw);
      return Number.isFinite(n) ? n : null;
    }
    case 'datetime':
      return isoOfGlide(raw) ?? raw;
    case 'json':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        // A hand-edited JSON column still shows what it holds rather than vanishing.
        return raw;
      }
    default:
      return raw;
  }
}

/** The model's typed value → the text GlideRecord.setValue stores. null clears the field. */
export function encodeValue(type: ColumnType, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'boolean':
      return value === true || value === 'true' || value === '1' || value === 1 ? 'true' : 'false';
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : null) : String(value);
    case 'datetime':
      return typeof value === 'number' || typeof value === 'string' ? glideOfIso(value) : null;
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}

/** Secret (password2) columns are never read into plain records or API answers. */
export function isSecret(column: ColumnDef | undefined): boolean {
  return column?.type === 'secret';
}
