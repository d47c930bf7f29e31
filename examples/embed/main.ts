// The embed example (issue 20 item 3): the MegaContext engine in a page of one's own, through the
// library's public entry only. One conversation per API: the OpenAI-style client is sent the whole
// history each time (as OpenAI clients do) and feeds only the new message; the Prompt API session
// is sent only the new message. Query parameters: ?model=<package URL>&compute=auto|wasm|webgpu.
import {
  createChatCompletions,
  createPromptSession,
  loadEngine,
  type ChatCompletionMessageParam,
  type ComputePreference,
} from 'megacontext-web';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('status');
const answer = $<HTMLOutputElement>('answer');
const usage = $<HTMLParagraphElement>('usage');
const send = $<HTMLButtonElement>('send');

/** What the page did, for tests and the curious (window.embedExample). */
interface ExampleState {
  ready: boolean;
  model: string | null;
  replies: { api: 'openai' | 'prompt'; text: string; chunks: number; memoryTokens: number; userTurns: number }[];
  error: string | null;
}
const state: ExampleState = { ready: false, model: null, replies: [], error: null };
(window as unknown as { embedExample: ExampleState }).embedExample = state;

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // A package folder URL ends with '/' (a bare "owner/name" would name a Hugging Face repository).
  const modelUrl = new URL(params.get('model') ?? './models/demo/', location.href).href;
  const compute = (params.get('compute') ?? 'auto') as ComputePreference;
  const { engine, model } = await loadEngine({
    modelUrl,
    compute,
    onProgress: (p) => {
      status.textContent =
        p.stage === 'download'
          ? `Downloading the model: ${Math.round((100 * p.progress.packageLoaded) / Math.max(1, p.progress.packageTotal))} %`
          : `Starting: ${p.note}`;
    },
  });
  await engine.updateSettings({ maxNewTokens: 48 });

  const openaiConversation = await engine.createConversation({ title: 'Embed example (OpenAI-style)' });
  const client = createChatCompletions(engine, { conversationId: openaiConversation.id, model: model.name });
  const history: ChatCompletionMessageParam[] = [{ role: 'system', content: 'You are a helpful assistant.' }];
  const session = await createPromptSession(engine, { title: 'Embed example (Prompt API)' });

  async function viaOpenAI(message: string): Promise<{ text: string; chunks: number; memoryTokens: number }> {
    history.push({ role: 'user', content: message });
    const stream = await client.chat.completions.create({ messages: history, stream: true });
    let text = '';
    let chunks = 0;
    let memoryTokens = 0;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content ?? '';
      if (delta) chunks++;
      text += delta;
      answer.textContent = text;
      if (chunk.megacontext) memoryTokens = chunk.megacontext.snapshot.tokenCount;
    }
    history.push({ role: 'assistant', content: text });
    return { text, chunks, memoryTokens };
  }

  async function viaPromptApi(message: string): Promise<{ text: string; chunks: number; memoryTokens: number }> {
    const reader = session.promptStreaming(message).getReader();
    let text = '';
    let chunks = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks++;
      text += r.value;
      answer.textContent = text;
    }
    return { text, chunks, memoryTokens: session.contextUsage };
  }

  $<HTMLFormElement>('ask').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const form = new FormData(ev.target as HTMLFormElement);
    const message = String(form.get('question') ?? '').trim();
    const api = form.get('api') === 'prompt' ? 'prompt' : 'openai';
    if (!message) return;
    send.disabled = true;
    answer.textContent = '';
    status.textContent = 'Answering…';
    const conversationId = api === 'openai' ? openaiConversation.id : session.conversationId;
    (api === 'openai' ? viaOpenAI(message) : viaPromptApi(message))
      .then(async (r) => {
        // The user turns the memory holds: one per message sent, however often the history is resent.
        const { turns } = await engine.openConversation({ id: conversationId });
        state.replies.push({ api, ...r, userTurns: turns.filter((t) => t.role === 'user').length });
        usage.textContent = `${r.memoryTokens} tokens in this conversation's memory (context window: unbounded).`;
        status.textContent = `Ready (${model.name} ${model.version}, ${model.computePath}).`;
      })
      .catch((e: unknown) => {
        state.error = (e as Error).message;
        status.textContent = `Error: ${state.error}`;
      })
      .finally(() => (send.disabled = false));
  });

  state.model = `${model.name}@${model.version}`;
  state.ready = true;
  send.disabled = false;
  status.textContent = `Ready (${model.name} ${model.version}, ${model.computePath}).`;
}

main().catch((e: unknown) => {
  state.error = (e as Error).message;
  status.textContent = `Error: ${state.error}`;
});
