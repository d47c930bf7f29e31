// Safe Markdown → React elements (the chat view of model output). Every string becomes a React
// text child, which React escapes; no element ever receives raw HTML, event-handler props or an
// unvetted href (links come from safeHref and open in a new tab without an opener).
import { createElement as h, Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './markdown-parse';

function inline(nodes: Inline[], key = 'i'): ReactNode[] {
  return nodes.map((n, i) => {
    const k = `${key}.${i}`;
    switch (n.type) {
      case 'text':
        return h(Fragment, { key: k }, n.text);
      case 'code':
        return h('code', { key: k }, n.text);
      case 'strong':
        return h('strong', { key: k }, ...inline(n.children, k));
      case 'em':
        return h('em', { key: k }, ...inline(n.children, k));
      case 'link':
        return h('a', { key: k, href: n.href, target: '_blank', rel: 'noopener noreferrer nofollow' }, ...inline(n.children, k));
      case 'br':
        return h('br', { key: k });
    }
  });
}

function block(b: Block, key: string): ReactNode {
  switch (b.type) {
    case 'p':
      return h('p', { key }, ...inline(b.children, key));
    case 'h':
      return h(`h${Math.min(6, b.level + 2)}`, { key }, ...inline(b.children, key));
    case 'code':
      return h('pre', { key, 'data-lang': b.lang || undefined }, h('code', null, b.text));
    case 'list':
      return h(
        b.ordered ? 'ol' : 'ul',
        { key, start: b.ordered && b.start !== 1 ? b.start : undefined },
        ...b.items.map((item, i) => h('li', { key: `${key}.${i}` }, ...inline(item, `${key}.${i}`))),
      );
    case 'quote':
      return h('blockquote', { key }, ...b.children.map((c, i) => block(c, `${key}.${i}`)));
    case 'hr':
      return h('hr', { key });
  }
}

/** Renders Markdown source as React nodes (headings are shifted down two levels inside a message). */
export function renderMarkdown(src: string): ReactNode[] {
  return parseMarkdown(src).map((b, i) => block(b, `b${i}`));
}
