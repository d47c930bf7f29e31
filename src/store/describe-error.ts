// Errors from the engine worker (rebuilt as their classes) as sentences for the page.
import { StorageQuotaError } from '../storage/errors';
import { SettingsError } from '../runtime/engine-settings';

export function isAbort(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'AbortError';
}

export function describeError(e: unknown): string {
  if (e instanceof StorageQuotaError) return `Storage is full: ${e.data.userMessage}`;
  if (e instanceof SettingsError) return e.data.problems.join('; ');
  if (isAbort(e)) return 'Cancelled.';
  if (e instanceof Error) return e.message;
  return String(e);
}
