/**
 * Deep copy of plain data (objects, arrays, primitives). The resolver copies the
 * state once per turn and then works on the copy, so callers keep a pure API
 * without paying for a structural-sharing library on every write.
 */
export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = deepCopy(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = deepCopy((value as Record<string, unknown>)[k]);
  return out as T;
}
