// ConversationRepository: conversations and their turns (seed: MegaContext persistence — several
// independent MegaContexts, one per conversation or shared, that can be listed, renamed and
// deleted). A conversation points at a tree; deleting the last conversation of a tree deletes the
// tree with it, in the same transaction.

import { TREE_STORES, allRequests, writeTransaction, type MegaContextDb, type StoreName, type WriteTx } from './db.ts';
import { StorageConflictError, StorageInputError, StorageNotFoundError } from './errors.ts';
import { isValidId, newId } from './ids.ts';
import {
  tokenWidthFor,
  type ConversationRecord,
  type TreeRecord,
  type TurnMeta,
  type TurnRecord,
  type TurnRole,
} from './records.ts';
import { deleteTreeRecords, validateNewTree, type NewTreeInput } from './tree-repository.ts';

export interface NewConversationInput {
  id?: string;
  title: string;
  /** Share an existing MegaContext ... */
  treeId?: string;
  /** ... or create a new one for this conversation (exactly one of the two). */
  newTree?: NewTreeInput;
}

export interface NewTurnInput {
  role: TurnRole;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  meta?: TurnMeta;
}

const turnRange = (conversationId: string): IDBKeyRange =>
  IDBKeyRange.bound([conversationId, 0], [conversationId, Number.POSITIVE_INFINITY]);

export class ConversationRepository {
  constructor(
    private readonly db: MegaContextDb,
    private readonly options: { durability?: IDBTransactionDurability } = {},
  ) {}

  /** Creates a conversation and, with `newTree`, its own tree, in one transaction. */
  async create(input: NewConversationInput): Promise<ConversationRecord> {
    if ((input.treeId === undefined) === (input.newTree === undefined)) {
      throw new StorageInputError('Give a conversation either an existing treeId or a newTree, not both or neither', {
        field: 'treeId',
        reason: 'ambiguous tree',
      });
    }
    if (input.id !== undefined && !isValidId(input.id))
      throw new StorageInputError(`Invalid conversation id "${input.id}"`, { field: 'id', reason: 'bad id' });
    if (input.newTree) {
      validateNewTree(input.newTree);
      if (input.newTree.id !== undefined && !isValidId(input.newTree.id))
        throw new StorageInputError(`Invalid tree id "${input.newTree.id}"`, { field: 'newTree.id', reason: 'bad id' });
    }
    const now = Date.now();
    const id = input.id ?? newId('conv');
    return this.write(['conversations', 'trees'], `new conversation "${id}"`, async (tx) => {
      let treeId = input.treeId;
      if (input.newTree) {
        const t = input.newTree;
        const tree: TreeRecord = {
          id: t.id ?? newId('tree'),
          name: t.name,
          d: t.d,
          dtype: t.dtype,
          vocabSize: t.vocabSize,
          tokenWidth: tokenWidthFor(t.vocabSize),
          gisterVersion: t.gisterVersion,
          baseModel: t.baseModel ?? '',
          spanCount: 0,
          tokenCount: 0,
          createdAt: now,
          updatedAt: now,
        };
        if (await tx.objectStore('trees').getKey(tree.id)) {
          throw new StorageConflictError(`A MegaContext with id "${tree.id}" already exists`, {
            kind: 'tree',
            id: tree.id,
            reason: 'exists',
          });
        }
        await tx.objectStore('trees').add(tree);
        treeId = tree.id;
      } else if (!(await tx.objectStore('trees').getKey(treeId as string))) {
        throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId as string });
      }
      if (await tx.objectStore('conversations').getKey(id)) {
        throw new StorageConflictError(`A conversation with id "${id}" already exists`, {
          kind: 'conversation',
          id,
          reason: 'exists',
        });
      }
      const record: ConversationRecord = {
        id,
        title: input.title,
        treeId: treeId as string,
        turnCount: 0,
        createdAt: now,
        updatedAt: now,
      };
      await tx.objectStore('conversations').add(record);
      return record;
    });
  }

  async get(id: string): Promise<ConversationRecord> {
    const record = await this.db.get('conversations', id);
    if (!record) throw new StorageNotFoundError(`No conversation with id "${id}"`, { kind: 'conversation', id });
    return record;
  }

  /** All conversations, most recently updated first. */
  async list(): Promise<ConversationRecord[]> {
    const all = await this.db.getAllFromIndex('conversations', 'byUpdated');
    return all.reverse();
  }

  async listForTree(treeId: string): Promise<ConversationRecord[]> {
    return this.db.getAllFromIndex('conversations', 'byTree', treeId);
  }

  async rename(id: string, title: string): Promise<ConversationRecord> {
    return this.write(['conversations'], `rename of conversation "${id}"`, async (tx) => {
      const record = await tx.objectStore('conversations').get(id);
      if (!record) throw new StorageNotFoundError(`No conversation with id "${id}"`, { kind: 'conversation', id });
      const updated = { ...record, title, updatedAt: Date.now() };
      await tx.objectStore('conversations').put(updated);
      return updated;
    });
  }

  /**
   * Deletes a conversation, its turns, its telemetry and — when no other conversation shares it — its tree, all in
   * one transaction. Returns whether the tree was deleted.
   */
  async delete(id: string): Promise<{ treeDeleted: boolean }> {
    return this.write(
      ['conversations', 'turns', 'telemetry', ...TREE_STORES],
      `deletion of conversation "${id}"`,
      async (tx) => {
        const record = await tx.objectStore('conversations').get(id);
        if (!record) throw new StorageNotFoundError(`No conversation with id "${id}"`, { kind: 'conversation', id });
        const sharing = await tx.objectStore('conversations').index('byTree').getAllKeys(record.treeId);
        await allRequests([
          () => tx.objectStore('turns').delete(turnRange(id)),
          () => tx.objectStore('telemetry').delete(id),
          () => tx.objectStore('conversations').delete(id),
        ]);
        const treeDeleted = sharing.every((key) => key === id);
        if (treeDeleted) await deleteTreeRecords(tx, record.treeId);
        return { treeDeleted };
      },
    );
  }

  /** Appends a turn (index = current turn count) and bumps the conversation, in one transaction. */
  async appendTurn(conversationId: string, input: NewTurnInput): Promise<TurnRecord> {
    if (
      !Number.isSafeInteger(input.tokenStart) ||
      !Number.isSafeInteger(input.tokenEnd) ||
      input.tokenStart < 0 ||
      input.tokenEnd < input.tokenStart
    ) {
      throw new StorageInputError(`Turn token range [${input.tokenStart}, ${input.tokenEnd}) is invalid`, {
        field: 'tokenStart',
        reason: 'bad range',
      });
    }
    return this.write(['conversations', 'turns'], `turn of conversation "${conversationId}"`, async (tx) => {
      const record = await tx.objectStore('conversations').get(conversationId);
      if (!record)
        throw new StorageNotFoundError(`No conversation with id "${conversationId}"`, {
          kind: 'conversation',
          id: conversationId,
        });
      const now = Date.now();
      if (
        input.meta &&
        'of' in input.meta &&
        !(Number.isSafeInteger(input.meta.of) && input.meta.of >= 0 && input.meta.of < record.turnCount)
      ) {
        throw new StorageInputError(
          `Turn meta names turn ${input.meta.of}, which conversation "${conversationId}" does not have`,
          { field: 'meta.of', reason: 'no such turn' },
        );
      }
      const turn: TurnRecord = { conversationId, index: record.turnCount, ...input, createdAt: now };
      if (!input.meta) delete turn.meta;
      await allRequests([
        () => tx.objectStore('turns').add(turn),
        () => tx.objectStore('conversations').put({ ...record, turnCount: record.turnCount + 1, updatedAt: now }),
      ]);
      return turn;
    });
  }

  async listTurns(conversationId: string): Promise<TurnRecord[]> {
    return this.db.getAll('turns', turnRange(conversationId));
  }

  private write<S extends StoreName[], T>(
    stores: S,
    operation: string,
    fill: (tx: WriteTx<S>) => Promise<T>,
  ): Promise<T> {
    return writeTransaction(this.db, stores, operation, fill, this.options);
  }
}
