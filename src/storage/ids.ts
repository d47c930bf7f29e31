// Identifiers for MegaContexts and conversations (seed: MegaContext persistence — deterministic
// keys). Record keys are derived from these ids plus positions ([treeId, spanIndex], ...); the ids
// themselves are random UUIDs unless the caller supplies one.

/** `prefix-<uuid>`; crypto.randomUUID exists in every secure browser context and in Node ≥ 19. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Ids are used inside keys and file names: keep them short, printable and unambiguous. */
export function isValidId(id: string): boolean {
  return /^[A-Za-z0-9._:-]{1,128}$/.test(id);
}
