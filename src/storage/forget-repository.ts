// ForgetRepository: tombstones over token ranges of a tree (issue 19 item 3; seed: MegaContext
// Tree is append-only, so forgetting never rewrites a span — src/core/forgetting.ts holds the
// rules every reader applies). One record per forget in the `forgets` store (schema v4), key
// [treeId, id]; deleted with the tree.
//
// Undo: a record carries the page session that made it. `remove` (un-forget) is accepted only
// from that session, so a forget can be undone until the page that made it closes; a new page has
// a new session id and every older record is final (nothing is rewritten at reload).

import { writeTransaction, type MegaContextDb } from './db.ts';
import { StorageInputError, StorageNotFoundError } from './errors.ts';
import { ForgetError } from '../core/errors.ts';
import { isValidId, newId } from './ids.ts';
import type { ForgetRecord } from './records.ts';
import { forgetRange } from './tree-repository.ts';

export interface NewForgetInput {
  start: number;
  end: number;
  kind: ForgetRecord['kind'];
  session: string;
}

/** Date.now(), strictly increasing within this page, so "oldest first" never ties on the clock. */
let lastCreatedAt = 0;
function nextCreatedAt(): number {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return lastCreatedAt;
}

export class ForgetRepository {
  constructor(private readonly db: MegaContextDb) {}

  /** The tree's tombstones, oldest first. */
  async list(treeId: string): Promise<ForgetRecord[]> {
    const all = await this.db.getAll('forgets', forgetRange(treeId));
    return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /** Records a tombstone over [start, end) of the tree (which must exist and hold those tokens). */
  async add(treeId: string, input: NewForgetInput): Promise<ForgetRecord> {
    if (
      !Number.isSafeInteger(input.start) ||
      !Number.isSafeInteger(input.end) ||
      input.start < 0 ||
      input.end <= input.start
    ) {
      throw new StorageInputError(
        `Token range [${input.start}, ${input.end}) cannot be forgotten: it is empty or not a range`,
        { field: 'start', reason: 'bad range' },
      );
    }
    if (input.kind !== 'document' && input.kind !== 'span')
      throw new StorageInputError(`Unknown kind of forget "${String(input.kind)}"`, {
        field: 'kind',
        reason: 'bad kind',
      });
    if (!isValidId(input.session))
      throw new StorageInputError(`Invalid page session id "${input.session}"`, { field: 'session', reason: 'bad id' });
    const record: ForgetRecord = {
      treeId,
      id: newId('fgt'),
      start: input.start,
      end: input.end,
      kind: input.kind,
      session: input.session,
      createdAt: nextCreatedAt(),
    };
    return writeTransaction(this.db, ['trees', 'forgets'], `forget in tree "${treeId}"`, async (tx) => {
      const tree = await tx.objectStore('trees').get(treeId);
      if (!tree) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
      if (input.end > tree.tokenCount) {
        throw new StorageInputError(
          `Token range [${input.start}, ${input.end}) goes past the memory's ${tree.tokenCount} tokens`,
          { field: 'end', reason: 'past the end' },
        );
      }
      await tx.objectStore('forgets').add(record);
      return record;
    });
  }

  /**
   * Un-forgets: deletes the tombstone, only from the page session that made it (ForgetError with
   * reason 'final' otherwise: the page that could undo it has closed).
   */
  async remove(treeId: string, id: string, session: string): Promise<ForgetRecord> {
    return writeTransaction(this.db, ['forgets'], `undo of forget "${id}"`, async (tx) => {
      const record = await tx.objectStore('forgets').get([treeId, id]);
      if (!record) throw new StorageNotFoundError(`No forgotten span "${id}" in this memory`, { kind: 'forget', id });
      if (record.session !== session) {
        throw new ForgetError(
          'This forget is final: it was made on a page that has since closed, so it can no longer be undone.',
          { id, reason: 'final' },
        );
      }
      await tx.objectStore('forgets').delete([treeId, id]);
      return record;
    });
  }
}
