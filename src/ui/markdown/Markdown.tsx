// Model output as safe GitHub-flavoured Markdown (tables, nested and task lists, strikethrough,
// autolinks, fenced code with highlighting and a copy button).
//
// Renderer: react-markdown + remark-gfm (unified/micromark, CommonMark + GFM compliant, maintained).
// Chosen over marked + DOMPurify for safety: the Markdown becomes React elements and no HTML
// string ever reaches the DOM (no innerHTML, no sanitizer configuration to get wrong, and the
// same guarantee holds in node unit tests without a DOM). It costs more bytes: measured with
// esbuild (minified, gzip) react-markdown + remark-gfm + lowlight with two grammars 63 kB against
// 40 kB for marked + DOMPurify + highlight.js core with the same two grammars.
//
// Safety rules (tests/unit/ui/markdown.test.ts, e2e XSS test):
//  - raw HTML in an answer is shown as text (react-markdown turns it into text nodes);
//  - link targets pass safeHref (http(s), mailto, relative); an unsafe link keeps only its words;
//  - images are never loaded (a remote image is a request off the machine): an image shows as a
//    link to it, or as its alt text when the target is unsafe;
//  - headings are shifted down two levels inside a message (the page owns h1/h2).
import { memo, type ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeHref } from './safe-href';
import { rehypeHighlightCode } from './rehype-highlight-code';
import { CodeBlock } from './CodeBlock';

const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeHighlightCode];

function SafeLink({ href, children }: { href?: string | null; children?: ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

function ImageAsLink({ src, alt }: { src?: string | null | Blob; alt?: string }) {
  const label = `image: ${alt || 'untitled'}`;
  if (typeof src !== 'string' || !src) return <span className="md-image">[{label}]</span>;
  return (
    <a className="md-image" href={src} target="_blank" rel="noopener noreferrer nofollow">
      [{label}]
    </a>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  img: ({ src, alt }) => <ImageAsLink src={src} alt={alt} />,
  pre: ({ node, children }) => <CodeBlock node={node}>{children}</CodeBlock>,
  // GFM task list items: a read-only checkbox that says what it shows.
  input: ({ type, checked }) =>
    type === 'checkbox' ? (
      <input type="checkbox" checked={!!checked} disabled readOnly aria-label={checked ? 'done' : 'not done'} />
    ) : null,
  table: ({ children }) => (
    <div className="md-table" tabIndex={0}>
      <table>{children}</table>
    </div>
  ),
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

/** Link and image targets (react-markdown's urlTransform): unsafe ones are removed. */
const urlTransform = (url: string): string | null => safeHref(url);

export const Markdown = memo(function Markdown(props: { text: string; className?: string }) {
  return (
    <div className={props.className ?? 'markdown'}>
      <ReactMarkdown
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={REHYPE_PLUGINS}
        components={COMPONENTS}
        urlTransform={urlTransform}
      >
        {props.text}
      </ReactMarkdown>
    </div>
  );
});
