/**
 * A map's value for a key that comes from user data, only if the map itself holds it: never one of
 * Object's own (`constructor`, `__proto__`, `toString`), so a channel or licence named so is unknown.
 */
export const own = <T>(map: Record<string, T> | null | undefined, key: unknown): T | undefined =>
  map && typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
