import { AsyncLocalStorage } from 'node:async_hooks';

/** A write of published rows that the gate itself is making, after it judged what it publishes. */
export interface GateWrite {
  uid: string;
  /** Unknown for a `create` with `status: 'published'` (the document has no id yet). */
  documentId?: string;
}

const writes = new AsyncLocalStorage<GateWrite>();
// The content hash a caller (the scheduler) approved for each locale: the gate publishes nothing else.
const expectations = new AsyncLocalStorage<Map<string, string>>();

/** Runs `write` as the gate: the database lifecycle lets published rows of this document through. */
export const asGate = <T>(write: GateWrite, run: () => T): T => writes.run(write, run);

/** Whether a published row of `uid` (and `documentId`, when known) is being written by the gate. */
export const isGateWriting = (uid: string, documentId?: unknown) => {
  const write = writes.getStore();
  if (!write || write.uid !== uid) return false;
  return !write.documentId || !documentId || write.documentId === documentId;
};

/** Publishes only when the gate judges exactly `hashByLocale` (locale '' for a type without i18n). */
export const expectingContent = <T>(hashByLocale: Record<string, string>, run: () => T): T =>
  expectations.run(new Map(Object.entries(hashByLocale)), run);

export const expectedContent = (locale: string) => expectations.getStore()?.get(locale);
