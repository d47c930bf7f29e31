// The chat's turn views as rendered HTML: answers carry copy and regenerate (with what happens to
// the earlier answer in memory), a superseded exchange says it is still in memory, a revising
// message says how it revised, and the system prompt card says whether it is pinned.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AssistantTurn } from '../../../src/ui/chat/AssistantTurn';
import { UserTurn } from '../../../src/ui/chat/UserTurn';
import { SystemPromptCard } from '../../../src/ui/chat/SystemPromptCard';
import type { TurnView } from '../../../src/runtime/engine-api';

const turn = (role: TurnView['role'], text: string, meta?: TurnView['meta']): TurnView => ({
  index: 3,
  role,
  text,
  tokenStart: 0,
  tokenEnd: 10,
  createdAt: 0,
  ...(meta ? { meta } : {}),
});
const html = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(el);

describe('chat turn views', () => {
  it('an answer has copy and regenerate; regenerate says the earlier answer stays in memory', () => {
    const out = html(
      createElement(AssistantTurn, {
        turn: turn('assistant', '**hi**'),
        supersededBy: null,
        question: 2,
        canSend: true,
      }),
    );
    expect(out).toContain('<strong>hi</strong>');
    expect(out).toContain('aria-label="Copy answer"');
    expect(out).toMatch(/aria-label="Regenerate this answer" title="[^"]*this answer stays in memory/);
    // No question before it (e.g. an answer after a document only): nothing to regenerate.
    expect(
      html(
        createElement(AssistantTurn, {
          turn: turn('assistant', 'x'),
          supersededBy: null,
          question: null,
          canSend: true,
        }),
      ),
    ).not.toContain('Regenerate');
    // Busy (an answer in flight, or no model): the button is there but disabled.
    expect(
      html(
        createElement(AssistantTurn, { turn: turn('assistant', 'x'), supersededBy: null, question: 2, canSend: false }),
      ),
    ).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Regenerate this answer"/);
  });

  it('a superseded answer says it is still in memory and cannot be regenerated again', () => {
    const out = html(
      createElement(AssistantTurn, {
        turn: turn('assistant', 'old'),
        supersededBy: 'regenerate',
        question: 2,
        canSend: true,
      }),
    );
    expect(out).toContain('msg-superseded');
    expect(out).toContain('Earlier answer (regenerated below) — still in memory');
    expect(out).not.toContain('Regenerate this answer');
  });

  it('a message has Edit; an edited or regenerated one says what stays in memory', () => {
    const plain = html(createElement(UserTurn, { turn: turn('user', 'hello'), supersededBy: null, canSend: true }));
    expect(plain).toContain('<div class="msg-body" data-testid="user-turn">hello</div>');
    expect(plain).toContain('aria-label="Edit this message and send it again"');
    const edited = html(
      createElement(UserTurn, {
        turn: turn('user', 'hello!', { kind: 'edit', of: 0 }),
        supersededBy: null,
        canSend: true,
      }),
    );
    expect(edited).toContain('Edited and sent again — the original exchange stays in memory');
    const old = html(createElement(UserTurn, { turn: turn('user', 'hello'), supersededBy: 'edit', canSend: true }));
    expect(old).toContain('Earlier version (edited below) — still in memory');
    expect(old).not.toContain('Edit this message');
  });

  it('the system prompt card says whether the prompt is pinned', () => {
    const card = (state: 'active' | 'replaced' | 'cleared') =>
      html(
        createElement(SystemPromptCard, {
          group: { kind: 'system-prompt', key: 'k', text: 'Be brief.', tokens: 12, state },
        }),
      );
    expect(card('active')).toContain('in force · pinned at full detail · 12 tokens');
    expect(card('replaced')).toContain('replaced · still in memory, no longer pinned');
    expect(card('cleared')).toContain('System prompt cleared — the earlier one stays in memory');
  });
});
