// Errors of the engine-as-a-library adapters (issue 20 item 3): a request the OpenAI-style or
// Prompt-API-style adapter cannot map onto a conversation's memory. Registered in the project's
// one error registry (src/protocol/error-registry.ts) like every other error class.
import { MegaContextError } from '../core/errors';

/** Why a request was refused. */
export type ChatRequestProblem = 'no-user-message' | 'unsupported-content' | 'unsupported-role' | 'unsupported-stop';

/** A chat request (OpenAI messages, Prompt API input) the adapters cannot run; the message says what to send instead. */
export class ChatRequestError extends MegaContextError {
  constructor(problem: ChatRequestProblem, message: string, data: Record<string, unknown> = {}) {
    super(message, { ...data, problem });
    this.name = 'ChatRequestError';
  }
  get problem(): ChatRequestProblem {
    return this.data['problem'] as ChatRequestProblem;
  }
}
