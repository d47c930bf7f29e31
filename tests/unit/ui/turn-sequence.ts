// Turn views laid end to end in one tree, as the engine reports them: the fixture of the UI's
// memory tests (the documents list, find in memory).
import type { TurnView } from '../../../src/runtime/engine-api';

export type MakeTurn = (role: TurnView['role'], text: string, tokens: number, meta?: TurnView['meta']) => TurnView;

/** A fresh sequence: each call makes the next turn, the first at token 0 with index 0. */
export function turnSequence(): MakeTurn {
  let at = 0;
  let index = 0;
  return (role, text, tokens, meta) => {
    const t: TurnView = {
      index: index++,
      role,
      text,
      tokenStart: at,
      tokenEnd: at + tokens,
      createdAt: 0,
      ...(meta ? { meta } : {}),
    };
    at += tokens;
    return t;
  };
}
