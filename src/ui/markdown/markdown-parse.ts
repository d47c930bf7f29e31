// Safe Markdown for model output (LensNet-era chat view of the Working Context's answers): a small
// parser from text to a typed tree. No HTML is ever interpreted — angle brackets stay text — and
// links keep only safe protocols, so an injected `<img onerror>` or `<script>` is inert.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'h'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'hr' };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to use for a link target, or null when it is unsafe. Allowed: http(s), mailto, and
 * relative references (path, query, fragment). Control characters and whitespace are stripped
 * before the protocol check, as browsers do (`java\nscript:` is javascript:).
 */
export function safeHref(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) return SAFE_PROTOCOLS.has(scheme[1]!.toLowerCase() + ':') ? url : null;
  // No scheme: relative. Reject protocol-relative `//host` (it leaves the origin silently).
  if (url.startsWith('//') || url.startsWith('\\')) return null;
  return url;
}

/** Inline markup: `code`, **strong**, __strong__, *em*, _em_, [text](url), hard breaks. */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && /[\\`*_[\]()#+\-.!<>]/.test(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      let ticks = 1;
      while (src[i + ticks] === '`') ticks++;
      const fence = '`'.repeat(ticks);
      const end = src.indexOf(fence, i + ticks);
      if (end > i) {
        flush();
        out.push({ type: 'code', text: src.slice(i + ticks, end).replace(/^ (.*) $/s, '$1') });
        i = end + ticks;
        continue;
      }
    }
    if ((c === '*' || c === '_') && src[i + 1] === c) {
      const end = src.indexOf(c + c, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(src.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (c === '*' || (c === '_' && !/\w/.test(src[i - 1] ?? ''))) {
      const end = findClosing(src, c, i + 1);
      if (end > i + 1 && src[i + 1] !== ' ') {
        flush();
        out.push({ type: 'em', children: parseInline(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = /^\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)/.exec(src.slice(i));
      if (link) {
        flush();
        const href = safeHref(link[2]!);
        const children = parseInline(link[1]!);
        if (href !== null) out.push({ type: 'link', href, children });
        else out.push(...children); // unsafe target: keep the words, drop the link
        i += link[0].length;
        continue;
      }
    }
    if (c === '\n') {
      const hard = text.endsWith('  ') || text.endsWith('\\');
      text = text.replace(/ +$/, '');
      if (hard) {
        flush();
        out.push({ type: 'br' });
      } else text += '\n';
      i++;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

function findClosing(src: string, marker: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\n' && src[j + 1] === '\n') return -1;
    if (src[j] === marker && src[j + 1] !== marker && src[j - 1] !== ' ' && src[j - 1] !== marker) {
      if (marker === '_' && /\w/.test(src[j + 1] ?? '')) continue;
      return j;
    }
  }
  return -1;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+#.-]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^ {0,3}[-*+]\s+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;

/** Block structure: fenced code, headings, lists, block quotes, rules and paragraphs. */
export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      // An unclosed fence (e.g. while streaming) runs to the end of the text.
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      i++;
      blocks.push({ type: 'code', lang: fence[2] ?? '', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'h', level: heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6, children: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'hr' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) body.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ type: 'quote', children: parseMarkdown(body.join('\n')) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const pattern = bullet ? BULLET : ORDERED;
      const items: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const m = pattern.exec(l);
        if (m) items.push(bullet ? m[1]! : m[2]!);
        else if (l.trim() !== '' && /^\s+/.test(l) && items.length > 0) items[items.length - 1] += '\n' + l.trim();
        else break;
        i++;
      }
      blocks.push({ type: 'list', ordered: !bullet, start: ordered ? Number(ordered[1]) : 1, items: items.map(parseInline) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '' || FENCE.test(l) || HEADING.test(l) || QUOTE.test(l) || BULLET.test(l) || RULE.test(l)) break;
      para.push(l);
      i++;
    }
    blocks.push({ type: 'p', children: parseInline(para.join('\n')) });
  }
  return blocks;
}
