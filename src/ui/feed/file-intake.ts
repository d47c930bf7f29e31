// Feeding the MegaContext Tree from files: which dropped or picked files are text that can be
// ingested, which are skipped (binary, oversized, vendored folders) and why. The classification
// is pure (tested); the directory walk uses the browser's File System Entry API. Documents that
// are not plain text (PDF, .docx) go through an injected extractor (document-text.ts in the app).

/** Largest single file fed to memory (a 10 MB paste works; files above this are skipped). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Folders never worth remembering in a codebase drop (tooling output, VCS internals). */
export const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.hg',
  '.svn',
  '__pycache__',
  '.venv',
  'dist',
  'build',
  '.next',
  'target',
]);

export type Classified = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

/** Text if the bytes hold no NUL byte and are valid UTF-8 (a leading BOM is dropped). */
export function classifyBytes(bytes: Uint8Array): Classified {
  if (bytes.indexOf(0) !== -1) return { kind: 'skipped', reason: 'binary (contains NUL bytes)' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { kind: 'skipped', reason: 'binary or not UTF-8 text' };
  }
}

export interface IntakeFile {
  path: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface IntakeResult {
  files: { path: string; text: string }[];
  skipped: { path: string; reason: string }[];
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/**
 * Text of a document format the extractor knows (by its path), or null for a file it does not
 * handle (then the bytes are classified as text or binary). It may throw: the file is skipped with
 * the reason.
 */
export type DocumentExtractor = (path: string, bytes: Uint8Array) => Promise<{ kind: string; text: string } | null>;

/** Reads and classifies files in path order; oversized files are skipped without being read. */
export async function readIntake(
  files: IntakeFile[],
  maxBytes = MAX_FILE_BYTES,
  extract?: DocumentExtractor,
): Promise<IntakeResult> {
  const result: IntakeResult = { files: [], skipped: [] };
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (f.size > maxBytes) {
      result.skipped.push({ path: f.path, reason: `too large (${formatSize(f.size)} > ${formatSize(maxBytes)})` });
      continue;
    }
    const bytes = await f.read();
    let extracted: { kind: string; text: string } | null;
    try {
      extracted = extract ? await extract(f.path, bytes) : null;
    } catch (e) {
      result.skipped.push({ path: f.path, reason: `unreadable document (${(e as Error)?.message ?? String(e)})` });
      continue;
    }
    if (extracted) {
      if (extracted.text.trim() !== '') result.files.push({ path: f.path, text: extracted.text });
      else result.skipped.push({ path: f.path, reason: `no text in this ${extracted.kind.toUpperCase()} (a scan?)` });
      continue;
    }
    const c = classifyBytes(bytes);
    if (c.kind === 'text') {
      if (c.text.trim() !== '') result.files.push({ path: f.path, text: c.text });
      else result.skipped.push({ path: f.path, reason: 'empty' });
    } else result.skipped.push({ path: f.path, reason: c.reason });
  }
  return result;
}

/**
 * One document for the tree: a single file as it is, several files each under a path header, so
 * the model (and the heatmap's hover text) can tell where each one starts.
 */
export function joinDocument(files: { path: string; text: string }[]): string {
  if (files.length === 1) return files[0]!.text;
  return files.map((f) => `=== ${f.path} ===\n${f.text.endsWith('\n') ? f.text : f.text + '\n'}`).join('\n');
}

/** A label for the memory entry: the file, or the folder and how many files. */
export function intakeLabel(files: { path: string }[]): string {
  if (files.length === 1) return files[0]!.path;
  const roots = new Set(files.map((f) => f.path.split('/')[0]));
  return `${roots.size === 1 ? [...roots][0] + '/' : 'files'} (${files.length} files)`;
}

/** Splits picked files into those to read and those inside vendored folders (skipped). */
export function partitionVendored<T extends { path: string }>(files: T[]): { keep: T[]; skippedDirs: string[] } {
  const keep: T[] = [];
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    const i = parts.slice(0, -1).findIndex((p) => SKIPPED_DIRS.has(p));
    if (i === -1) keep.push(f);
    else dirs.add(parts.slice(0, i + 1).join('/') + '/');
  }
  return { keep, skippedDirs: [...dirs].sort() };
}

export function fromFile(file: File, path = file.webkitRelativePath || file.name): IntakeFile {
  return { path, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** Files under dropped items, folders walked recursively (vendored folders noted as skipped). */
export async function collectDropped(
  items: DataTransferItemList,
): Promise<{ files: IntakeFile[]; skippedDirs: string[] }> {
  const files: IntakeFile[] = [];
  const skippedDirs: string[] = [];
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(items)) {
    if (item.kind !== 'file') continue;
    const e = item.webkitGetAsEntry();
    if (e) entries.push(e);
    else {
      // No entry (e.g. a synthetic drag): a plain file, no folder walk.
      const f = item.getAsFile();
      if (f) files.push(fromFile(f, f.name));
    }
  }
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    const path = prefix + entry.name;
    if (entry.isFile) {
      const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
      files.push(fromFile(file, path));
      return;
    }
    if (SKIPPED_DIRS.has(entry.name)) {
      skippedDirs.push(path + '/');
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns batches (100 in Chromium) until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, path + '/');
    }
  };
  for (const e of entries) await walk(e, '');
  return { files, skippedDirs };
}

/** Characters per ingest call when streaming a long text to the engine (cancellable between pieces). */
export const PIECE_CHARS = 1_000_000;

/**
 * Splits a long text into pieces of at most `maxChars`, cutting just before a newline (else a
 * space) near the end of each piece so tokenization at the cut matches the whole text's.
 */
export function splitForStreaming(text: string, maxChars = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (text.length - at > maxChars) {
    const end = at + maxChars;
    const floor = at + Math.floor(maxChars * 0.8);
    let cut = text.lastIndexOf('\n', end - 1);
    if (cut < floor) cut = text.lastIndexOf(' ', end - 1);
    if (cut < floor) cut = end;
    pieces.push(text.slice(at, cut));
    at = cut;
  }
  pieces.push(text.slice(at));
  return pieces;
}

const PART = /^(.*) · part (\d+)\/(\d+)$/;

/** Label of piece i (0-based) of n. */
export function pieceLabel(label: string, i: number, n: number): string {
  return n === 1 ? label : `${label} · part ${i + 1}/${n}`;
}

/** The base label and part numbers of a piece label, or null for a whole document. */
export function parsePieceLabel(label: string): { base: string; part: number; parts: number } | null {
  const m = PART.exec(label);
  return m ? { base: m[1]!, part: Number(m[2]), parts: Number(m[3]) } : null;
}
