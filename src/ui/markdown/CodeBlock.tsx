// A fenced code block in an answer: its language, a copy button (the code exactly as written),
// and the highlighted code, scrollable on its own and reachable by keyboard.
import type { Element } from 'hast';
import type { ReactNode } from 'react';
import { CopyButton } from '../common/CopyButton';
import { codeLanguage, hastText } from './rehype-highlight-code';

export function CodeBlock({ node, children }: { node?: Element; children?: ReactNode }) {
  const code = node?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const lang = code ? codeLanguage(code) : '';
  const text = code ? hastText(code).replace(/\n$/, '') : '';
  return (
    <div className="code-block" data-testid="code-block">
      <div className="code-head">
        <span className="code-lang">{lang || 'text'}</span>
        <CopyButton text={text} label="Copy code" testId="copy-code" />
      </div>
      <pre tabIndex={0} data-lang={lang || undefined}>
        {children}
      </pre>
    </div>
  );
}
