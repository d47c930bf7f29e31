// Code highlighting for model output: a rehype plugin that replaces the text of fenced code
// blocks with highlight.js tokens (through lowlight, which yields a hast tree rather than an HTML
// string, so highlighted code stays React elements like the rest of the answer). Only the few
// grammars below are bundled (~30 kB gzip with the lowlight core); a block in another language,
// or without one, stays plain text — no auto-detection, which is slow and often wrong.
import { createLowlight } from 'lowlight';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import type { Element, ElementContent, Root, RootContent } from 'hast';

const lowlight = createLowlight({
  bash,
  c,
  cpp,
  css,
  diff,
  javascript,
  json,
  markdown,
  python,
  rust,
  sql,
  typescript,
  xml,
  yaml,
});
// Names models often write that the grammars do not declare as aliases.
lowlight.registerAlias({ bash: ['shell', 'console'], javascript: ['node'], python: ['python3'] });

/** The language named by a code element's `language-xxx` class, or ''. */
export function codeLanguage(code: Element): string {
  const classes = code.properties.className;
  for (const c of Array.isArray(classes) ? classes : [])
    if (typeof c === 'string' && c.startsWith('language-')) return c.slice('language-'.length);
  return '';
}

/** The text under a hast node (code blocks: the code exactly as written). */
export function hastText(node: Element | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((c) => hastText(c as ElementContent)).join('');
  return '';
}

/** Whether a fenced block in `lang` is highlighted. */
export const isHighlighted = (lang: string): boolean => lang !== '' && lowlight.registered(lang.toLowerCase());

function highlightPre(pre: Element): void {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  if (!code) return;
  const lang = codeLanguage(code).toLowerCase();
  if (!isHighlighted(lang)) return;
  const tree = lowlight.highlight(lang, hastText(code));
  code.children = tree.children as ElementContent[];
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  code.properties.className = [...classes, 'hljs'];
}

function walk(node: Root | RootContent): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && node.tagName === 'pre') {
    highlightPre(node);
    return;
  }
  for (const child of node.children) walk(child);
}

/** The rehype plugin (react-markdown's `rehypePlugins`). */
export function rehypeHighlightCode() {
  return (tree: Root) => walk(tree);
}
