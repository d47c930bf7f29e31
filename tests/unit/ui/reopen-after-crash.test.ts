// After a worker crash (src/store/actions/conversation-actions.ts reopenAfterCrash): the restarted
// engine loaded the model with its package's defaults; once it answers, every setting the page had
// is applied again — memory check, memory quote and answer copy included — and the conversation
// is re-opened.
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, EngineStateError } from '../../../src/runtime/engine-settings';
import type { EngineSettings } from '../../../src/runtime/engine-api';

const engine = vi.hoisted(() => ({
  applied: [] as unknown[],
  noModelFor: 0,
  updateSettings: async (patch: unknown) => patch,
  openConversation: async () => ({ turns: [], forgets: [], snapshot: null, warnings: [] }),
}));
vi.mock('../../../src/store/engine-client', () => ({ getEngine: () => engine, onEngineCrash: () => () => {} }));

const { reopenAfterCrash } = await import('../../../src/store/actions/conversation-actions');
const { useAppStore } = await import('../../../src/store/app-store');

describe('reopenAfterCrash', () => {
  it('puts back every setting once the restarted engine has its model, then re-opens', async () => {
    const mine: EngineSettings = {
      ...defaultSettings(2048, 'compacted', 512, true, true, true),
      wMax: 1024,
      protectedTokens: 96,
      memoryCheck: false,
      memoryQuote: false,
      answerCopy: false,
      sampling: { ...defaultSettings(2048).sampling, temperature: 0.7, topP: 0.9, seed: 5 },
    };
    engine.noModelFor = 2;
    engine.updateSettings = async (patch: unknown) => {
      if (engine.noModelFor-- > 0) throw new EngineStateError('no model yet', { state: 'no-model' });
      engine.applied.push(patch);
      return patch;
    };
    useAppStore.setState({ settings: mine, activeId: 'c1', openError: 'old' });
    await reopenAfterCrash('c1', 5, 1);
    expect(engine.applied).toEqual([mine]);
    expect(useAppStore.getState().settings).toEqual(mine);
    expect(useAppStore.getState().openError).toBeNull();
  });

  it('says so when the model never comes back', async () => {
    engine.updateSettings = async () => {
      throw new EngineStateError('no model', { state: 'no-model' });
    };
    useAppStore.setState({ settings: defaultSettings(2048), activeId: 'c1', openError: null });
    await reopenAfterCrash('c1', 3, 1);
    expect(useAppStore.getState().openError).toMatch(/did not come back/);
  });
});
