// TelemetryRepository: a conversation's runtime telemetry — focus counters, swap-rate history,
// per-node access/mutation counts, last turn stats and decode speeds (seed: telemetry, "access
// counts per node" for MegaCuration; MegaContext persistence). One record per conversation in the
// `telemetry` store (schema v3), replaced after each turn; deleted with the conversation. The value
// is plain JSON that storage does not interpret: the runtime versions and validates it.

import { writeTransaction, type MegaContextDb } from './db.ts';
import { StorageInputError, StorageNotFoundError } from './errors.ts';
import type { JsonValue, TelemetryRecord } from './records.ts';
import { plainJsonProblem } from './settings-repository.ts';

export class TelemetryRepository {
  constructor(private readonly db: MegaContextDb) {}

  /** The stored value, or null when the conversation has none yet. */
  async get(conversationId: string): Promise<JsonValue | null> {
    const record = await this.db.get('telemetry', conversationId);
    return record ? record.value : null;
  }

  /** Replaces the conversation's telemetry; refuses (StorageNotFoundError) when the conversation is gone. */
  async put(conversationId: string, value: JsonValue): Promise<void> {
    const problem = plainJsonProblem(value, 'telemetry');
    if (problem)
      throw new StorageInputError(`The telemetry of conversation "${conversationId}" is not plain JSON: ${problem}`, {
        field: 'telemetry',
        reason: 'not JSON',
      });
    const record: TelemetryRecord = { conversationId, value, updatedAt: Date.now() };
    await writeTransaction(
      this.db,
      ['conversations', 'telemetry'],
      `telemetry of conversation "${conversationId}"`,
      async (tx) => {
        // Checked in the same transaction, so a concurrent delete never leaves an orphan record.
        if (!(await tx.objectStore('conversations').getKey(conversationId))) {
          throw new StorageNotFoundError(`No conversation with id "${conversationId}"`, {
            kind: 'conversation',
            id: conversationId,
          });
        }
        await tx.objectStore('telemetry').put(record);
      },
    );
  }

  async delete(conversationId: string): Promise<void> {
    await writeTransaction(
      this.db,
      ['telemetry'],
      `deletion of the telemetry of conversation "${conversationId}"`,
      async (tx) => {
        await tx.objectStore('telemetry').delete(conversationId);
      },
    );
  }
}
