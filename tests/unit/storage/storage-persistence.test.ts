import { describe, expect, it } from 'vitest';
import { formatBytes, persistenceStatus, requestPersistence } from '../../../src/storage/storage-persistence.ts';

describe('storage persistence', () => {
  it('requests persistence and reports the answer with usage', async () => {
    let asked = 0;
    const status = await requestPersistence({
      persisted: async () => false,
      persist: async () => (++asked, true),
      estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }),
    });
    expect(asked).toBe(1);
    expect(status).toMatchObject({
      supported: true,
      persisted: true,
      usageBytes: 1_500_000,
      quotaBytes: 2_000_000_000,
    });
    expect(status.message).toMatch(/Storage is persistent.*1.5 MB of 2.0 GB/);
  });

  it('does not ask again when already persisted, and explains a denial', async () => {
    let asked = 0;
    const granted = await requestPersistence({ persisted: async () => true, persist: async () => (++asked, true) });
    expect(asked).toBe(0);
    expect(granted.persisted).toBe(true);
    const denied = await requestPersistence({ persisted: async () => false, persist: async () => false });
    expect(denied.message).toMatch(/did not grant persistent storage/);
    const none = await persistenceStatus(undefined);
    expect(none).toMatchObject({ supported: false, persisted: false, usageBytes: null });
    expect(none.message).toMatch(/cannot make storage persistent/);
  });

  it('formats bytes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(72_400_000)).toBe('72.4 MB');
  });
});
