// Records of shared memories (schema v5; seed: MegaContext Tree — "the complete, append-only
// history of all tokens and their hierarchical gist summaries", here one fed once and copied into
// several conversations). A collection's tokens and gists are an ordinary tree in the tree stores
// (spans, tail, LOD3+ gists, checksummed like a conversation's); these records say what it holds.

/** One document of a collection: its label and where it lies in the collection's tree. */
export interface CollectionDocument {
  label: string;
  chars: number;
  /** [tokenStart, tokenEnd) in the collection's tree; the first document's range includes the BOS token. */
  tokenStart: number;
  tokenEnd: number;
}

/** `collections` store, key `id`. */
export interface CollectionRecord {
  id: string;
  name: string;
  /** The tree (trees/spans/tails/upperGists stores) holding its tokens and gists; no conversation uses it. */
  treeId: string;
  documents: CollectionDocument[];
  tokenCount: number;
  /** Tokens before the first document's text (1: the tokenizer's BOS, which a tree starts with; 0: none). */
  bosTokens: number;
  createdAt: number;
  updatedAt: number;
}

/** `collectionTexts` store, key [collectionId, index]: a document's text as fed (what turns and exports carry). */
export interface CollectionTextRecord {
  collectionId: string;
  index: number;
  text: string;
}

/** `attachments` store, key [collectionId, conversationId, tokenStart]: where a conversation attached it. */
export interface AttachmentRecord {
  collectionId: string;
  conversationId: string;
  tokenStart: number;
  tokenEnd: number;
  attachedAt: number;
}
