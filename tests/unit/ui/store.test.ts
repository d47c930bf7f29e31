// Pure parts of the app store: selectors, package URL normalisation, export file names.
import { describe, expect, it } from 'vitest';
import { selectDownloadFraction, selectLiveRate, selectActive, selectBusy } from '../../../src/store/selectors';
import { normalizePackageUrl } from '../../../src/store/actions/model-actions';
import { exportFileName } from '../../../src/store/actions/conversation-actions';
import { togglePinList } from '../../../src/store/actions/pin-actions';
import type { LiveTurn } from '../../../src/store/slices/chat-slice';

const live = (o: Partial<LiveTurn>): LiveTurn => ({
  conversationId: 'c',
  message: 'm',
  revises: null,
  stage: 'decode',
  text: '',
  tokens: 0,
  startedAt: 1000,
  firstTokenAt: null,
  lastTokenAt: null,
  refocus: null,
  stopping: false,
  ...o,
});

describe('store selectors', () => {
  it('measures the live decode from the streamed tokens', () => {
    expect(selectLiveRate({ live: null })).toEqual({ ttftMs: null, tokensPerSecond: null });
    expect(selectLiveRate({ live: live({ tokens: 1, firstTokenAt: 1250, lastTokenAt: 1250 }) })).toEqual({
      ttftMs: 250,
      tokensPerSecond: null,
    });
    expect(selectLiveRate({ live: live({ tokens: 11, firstTokenAt: 1250, lastTokenAt: 2250 }) })).toEqual({
      ttftMs: 250,
      tokensPerSecond: 10,
    });
  });

  it('derives download fraction, the open conversation and busy state', () => {
    expect(selectDownloadFraction({ loadProgress: null })).toBeNull();
    expect(
      selectDownloadFraction({
        loadProgress: {
          stage: 'download',
          progress: { file: 'a', loaded: 5, total: 10, fromCache: false, packageLoaded: 25, packageTotal: 100 },
        },
      }),
    ).toBe(0.25);
    const c = { id: 'b', title: 'B', turnCount: 0, tokenCount: 0, createdAt: 0, updatedAt: 0 };
    expect(selectActive({ conversations: [c], activeId: 'b' })).toBe(c);
    expect(selectActive({ conversations: [c], activeId: 'x' })).toBeNull();
    expect(selectBusy({ live: null, feedJob: null })).toBe(false);
    expect(selectBusy({ live: live({}), feedJob: null })).toBe(true);
  });
});

describe('store actions (pure parts)', () => {
  it('normalises a package URL to an absolute folder URL', () => {
    const base = 'http://127.0.0.1:4173/app/';
    expect(normalizePackageUrl('/test-models/tiny', base)).toBe('http://127.0.0.1:4173/test-models/tiny/');
    expect(normalizePackageUrl(' models/demo/manifest.json ', base)).toBe('http://127.0.0.1:4173/app/models/demo/');
    expect(normalizePackageUrl('https://hub.example/pkg/', base)).toBe('https://hub.example/pkg/');
    // Hub repositories go to the engine as they are.
    expect(normalizePackageUrl('onnx-community/SmolLM2-135M', base)).toBe('onnx-community/SmolLM2-135M');
    expect(normalizePackageUrl(' hf:owner/name ', base)).toBe('hf:owner/name');
  });

  it('names exported files after the conversation and the date', () => {
    expect(exportFileName('My Notes: v2!', new Date('2026-11-22T10:00:00Z'))).toBe(
      'my-notes-v2-2026-11-22.megacontext',
    );
    expect(exportFileName('???', new Date('2026-11-22T10:00:00Z'))).toBe('conversation-2026-11-22.megacontext');
  });
});

describe('pins', () => {
  it('toggles a span: added when nothing overlaps it, overlapping pins removed otherwise', () => {
    const a = { start: 0, end: 32 };
    const b = { start: 1024, end: 2048 };
    expect(togglePinList([], b)).toEqual([b]);
    expect(togglePinList([b], a)).toEqual([a, b]);
    expect(togglePinList([a, b], { start: 1056, end: 1088 })).toEqual([a]);
  });
});
