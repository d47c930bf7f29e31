// Copying text to the clipboard (code blocks, answers, exports): the async Clipboard API, and the
// selection + execCommand fallback where the API is missing or refused.

export class ClipboardError extends Error {
  override readonly name = 'ClipboardError';
  constructor(
    message: string,
    readonly data: { chars: number },
  ) {
    super(message);
  }
}

export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // refused (no permission, page not focused): try the selection fallback below
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new ClipboardError('The browser refused to copy to the clipboard.', { chars: text.length });
}
