// Helpers shared by the app-chat-*.spec.ts tests: sending a message, waiting for its answer, and
// replacing a stored answer's text (as if the model had written it), since the tiny random test
// model's answers are noise and the demo model's must not be asserted on.
import { expect, type Page } from '@playwright/test';

export const messageBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

/** Types a message, sends it with Enter and waits until the answer count reaches `answers`. */
export async function sendAndWait(page: Page, text: string, answers: number) {
  await messageBox(page).fill(text);
  await messageBox(page).press('Enter');
  await expect(page.getByTestId('assistant-turn')).toHaveCount(answers, { timeout: 120_000 });
}

/** Rewrites the text of the `nth` stored assistant turn in IndexedDB (reload the page to see it). */
export async function rewriteAnswer(page: Page, text: string, nth = 0) {
  await page.evaluate(
    async ({ text, nth }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('megacontext');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction('turns', 'readwrite');
      const store = tx.objectStore('turns');
      const all = await new Promise<{ role: string; text: string }[]>((res) => {
        const r = store.getAll();
        r.onsuccess = () => res(r.result as { role: string; text: string }[]);
      });
      const turn = all.filter((t) => t.role === 'assistant')[nth]!;
      turn.text = text;
      store.put(turn);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    },
    { text, nth },
  );
}
