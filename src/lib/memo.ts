/**
 * Remembers a function's result per key. A static build renders every page from the same
 * content, so a query that reads or sorts a whole collection needs doing once per key,
 * not once per page (with 1,000 guides a locale, per-page work is paid 3,000 times).
 */
export function memoByKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
