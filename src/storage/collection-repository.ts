// CollectionRepository: shared memories (schema v5; seed: MegaContext Tree, fed once). A
// collection is a tree in the tree stores (its tokens and gists, written by the runtime through
// TreeRepository like a conversation's) plus a `collections` record naming its documents and
// their token ranges, the documents' texts in `collectionTexts`, and one `attachments` record per
// conversation that copied it in. Conversations hold copies, so deleting a collection (its record,
// texts, attachments and tree, in one transaction) leaves every conversation that attached it whole.

import { TREE_STORES, allRequests, writeTransaction, type MegaContextDb } from './db.ts';
import { StorageInputError, StorageNotFoundError } from './errors.ts';
import { isValidId, newId } from './ids.ts';
import { deleteTreeRecords } from './tree-repository.ts';
import type { AttachmentRecord, CollectionDocument, CollectionRecord } from './collection-records.ts';

export interface NewCollectionInput {
  id?: string;
  name: string;
  /** The tree already holding the documents' tokens and gists (tokenCount = the last document's end). */
  treeId: string;
  documents: (CollectionDocument & { text: string })[];
  bosTokens: number;
}

const textRange = (id: string): IDBKeyRange => IDBKeyRange.bound([id, 0], [id, Number.POSITIVE_INFINITY]);
/** Every attachment key of a collection ([id, conversationId, n]; arrays sort after strings). */
const attachmentRange = (id: string): IDBKeyRange => IDBKeyRange.bound([id, ''], [id, []]);

const notFound = (id: string) =>
  new StorageNotFoundError(`No shared memory with id "${id}" (it may have been deleted)`, { kind: 'collection', id });

function validate(input: NewCollectionInput): void {
  if (input.name.trim() === '')
    throw new StorageInputError('A shared memory needs a name', { field: 'name', reason: 'empty' });
  if (input.documents.length === 0)
    throw new StorageInputError('A shared memory needs at least one document', { field: 'documents', reason: 'empty' });
  if (input.id !== undefined && !isValidId(input.id))
    throw new StorageInputError(`Invalid shared memory id "${input.id}"`, { field: 'id', reason: 'bad id' });
  let at = 0;
  for (const [i, d] of input.documents.entries()) {
    if (d.tokenStart !== at || !(Number.isSafeInteger(d.tokenEnd) && d.tokenEnd > d.tokenStart))
      throw new StorageInputError(
        `Document ${i} of a shared memory has token range [${d.tokenStart}, ${d.tokenEnd}); documents follow each other from token 0`,
        { field: 'documents', reason: 'bad range' },
      );
    at = d.tokenEnd;
  }
}

export class CollectionRepository {
  constructor(private readonly db: MegaContextDb) {}

  /** Records a collection over a tree that holds exactly its documents' tokens. */
  async create(input: NewCollectionInput): Promise<CollectionRecord> {
    validate(input);
    const now = Date.now();
    const tokenCount = input.documents.at(-1)!.tokenEnd;
    const record: CollectionRecord = {
      id: input.id ?? newId('col'),
      name: input.name.trim(),
      treeId: input.treeId,
      documents: input.documents.map(({ label, chars, tokenStart, tokenEnd }) => ({
        label,
        chars,
        tokenStart,
        tokenEnd,
      })),
      tokenCount,
      bosTokens: input.bosTokens,
      createdAt: now,
      updatedAt: now,
    };
    return writeTransaction(
      this.db,
      ['trees', 'collections', 'collectionTexts'],
      `new shared memory "${record.name}"`,
      async (tx) => {
        const tree = await tx.objectStore('trees').get(input.treeId);
        if (!tree)
          throw new StorageNotFoundError(`No MegaContext with id "${input.treeId}"`, {
            kind: 'tree',
            id: input.treeId,
          });
        if (tree.tokenCount !== tokenCount)
          throw new StorageInputError(
            `The shared memory's tree holds ${tree.tokenCount} tokens; its documents end at ${tokenCount}`,
            { field: 'treeId', reason: 'token count' },
          );
        await allRequests([
          () => tx.objectStore('collections').add(record),
          ...input.documents.map(
            (d, index) => () => tx.objectStore('collectionTexts').add({ collectionId: record.id, index, text: d.text }),
          ),
        ]);
        return record;
      },
    );
  }

  async get(id: string): Promise<CollectionRecord> {
    const r = await this.db.get('collections', id);
    if (!r) throw notFound(id);
    return r;
  }

  /** Every collection, newest first. */
  async list(): Promise<CollectionRecord[]> {
    return (await this.db.getAll('collections')).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** The documents' texts, in order. */
  async texts(id: string): Promise<string[]> {
    await this.get(id);
    return (await this.db.getAll('collectionTexts', textRange(id))).map((t) => t.text);
  }

  /** Records that a conversation attached the collection at [tokenStart, tokenEnd) of its tree. */
  async attach(input: Omit<AttachmentRecord, 'attachedAt'>): Promise<AttachmentRecord> {
    if (!(Number.isSafeInteger(input.tokenStart) && input.tokenStart >= 0 && input.tokenEnd > input.tokenStart))
      throw new StorageInputError(`Attachment range [${input.tokenStart}, ${input.tokenEnd}) is invalid`, {
        field: 'tokenStart',
        reason: 'bad range',
      });
    const record: AttachmentRecord = { ...input, attachedAt: Date.now() };
    return writeTransaction(
      this.db,
      ['collections', 'conversations', 'attachments'],
      `attachment of shared memory "${input.collectionId}"`,
      async (tx) => {
        if (!(await tx.objectStore('collections').getKey(input.collectionId))) throw notFound(input.collectionId);
        if (!(await tx.objectStore('conversations').getKey(input.conversationId)))
          throw new StorageNotFoundError(`No conversation with id "${input.conversationId}"`, {
            kind: 'conversation',
            id: input.conversationId,
          });
        await tx.objectStore('attachments').put(record);
        return record;
      },
    );
  }

  /** Attachments of the collection by conversations that still exist (a deleted conversation no longer uses it). */
  async attachments(id: string): Promise<AttachmentRecord[]> {
    const tx = this.db.transaction(['attachments', 'conversations'], 'readonly');
    const all = await tx.objectStore('attachments').getAll(attachmentRange(id));
    const out: AttachmentRecord[] = [];
    for (const a of all) if (await tx.objectStore('conversations').getKey(a.conversationId)) out.push(a);
    await tx.done;
    return out;
  }

  /**
   * Deletes the collection, its texts, its attachments and its tree in one transaction. The
   * conversations that attached it keep their copies (tokens, gists and turns are theirs).
   */
  async delete(id: string): Promise<void> {
    await writeTransaction(
      this.db,
      [...TREE_STORES, 'collections', 'collectionTexts', 'attachments'],
      `deletion of shared memory "${id}"`,
      async (tx) => {
        const record = await tx.objectStore('collections').get(id);
        if (!record) throw notFound(id);
        await allRequests([
          () => tx.objectStore('collections').delete(id),
          () => tx.objectStore('collectionTexts').delete(textRange(id)),
          () => tx.objectStore('attachments').delete(attachmentRange(id)),
        ]);
        await deleteTreeRecords(tx, record.treeId);
      },
    );
  }
}
