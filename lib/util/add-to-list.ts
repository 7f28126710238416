/** Adds `value` to the list `map` keeps under `key`, starting the list when the key is new: a map of lists, grouped in one pass. */
export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
