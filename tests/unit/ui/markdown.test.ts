// The Markdown renderer for model output: structure, and that injected HTML and unsafe links are inert.
import { describe, expect, it } from 'vitest';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseMarkdown, parseInline, safeHref } from '../../../src/ui/markdown/markdown-parse';
import { renderMarkdown } from '../../../src/ui/markdown/markdown-render';

const html = (src: string) => renderToStaticMarkup(createElement(Fragment, null, ...renderMarkdown(src)));

describe('markdown structure', () => {
  it('renders paragraphs, emphasis, inline code and links', () => {
    expect(html('Hello **bold** and *it* and `x<y`.\n\nSecond [site](https://example.org).')).toBe(
      '<p>Hello <strong>bold</strong> and <em>it</em> and <code>x&lt;y</code>.</p>' +
        '<p>Second <a href="https://example.org" target="_blank" rel="noopener noreferrer nofollow">site</a>.</p>',
    );
  });

  it('renders fenced code verbatim, including an unclosed fence while streaming', () => {
    expect(html('```ts\nconst a = 1 < 2;\n**not bold**\n```')).toBe('<pre data-lang="ts"><code>const a = 1 &lt; 2;\n**not bold**</code></pre>');
    expect(parseMarkdown('text\n```\npartial')).toEqual([
      { type: 'p', children: [{ type: 'text', text: 'text' }] },
      { type: 'code', lang: '', text: 'partial' },
    ]);
  });

  it('renders bullet and ordered lists, headings and quotes', () => {
    expect(html('- a\n- **b**\n\n3. x\n4. y')).toBe('<ul><li>a</li><li><strong>b</strong></li></ul><ol start="3"><li>x</li><li>y</li></ol>');
    expect(html('# Title\n> quoted')).toBe('<h3>Title</h3><blockquote><p>quoted</p></blockquote>');
  });

  it('keeps snake_case words and lone asterisks as text', () => {
    expect(parseInline('a_b_c and 2 * 3 * 4')).toEqual([{ type: 'text', text: 'a_b_c and 2 * 3 * 4' }]);
  });
});

describe('markdown safety', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '**<iframe src="javascript:alert(1)">**',
  ];
  for (const p of payloads) {
    it(`renders ${JSON.stringify(p)} as text`, () => {
      const out = html(p);
      expect(out).not.toMatch(/<(img|script|svg|iframe|a)[\s>]/i);
      expect(out).toContain('&lt;');
    });
  }

  it('drops links with unsafe protocols but keeps their words', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', ' javascript:x', 'data:text/html,<b>', 'vbscript:x', '//evil.example/x']) {
      expect(safeHref(href)).toBeNull();
    }
    expect(html('[click](javascript:alert(1))')).toBe('<p>click</p>');
    expect(html('[click](data:text/html;base64,PHNjcmlwdD4=)')).toBe('<p>click</p>');
  });

  it('allows http(s), mailto and relative links', () => {
    expect(safeHref('https://a.b/c?d#e')).toBe('https://a.b/c?d#e');
    expect(safeHref('mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(safeHref('/docs/page')).toBe('/docs/page');
    expect(safeHref('#frag')).toBe('#frag');
  });
});
