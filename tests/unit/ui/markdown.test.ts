// The Markdown renderer for model output: GFM structure (tables, nested and task lists,
// strikethrough, autolinks, highlighted code with a copy button), and that injected HTML, unsafe
// links and images are inert.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from '../../../src/ui/markdown/Markdown';
import { safeHref } from '../../../src/ui/markdown/safe-href';

/** The rendered answer, without the wrapper and the newlines react-markdown keeps between blocks. */
const html = (src: string) =>
  renderToStaticMarkup(createElement(Markdown, { text: src }))
    .replace(/^<div class="markdown">|<\/div>$/g, '')
    .replace(/>\n+</g, '><')
    .replace(/\n+(?=<[uo]l>)/g, ''); // a list nested after an item's text

describe('markdown structure', () => {
  it('renders paragraphs, emphasis, inline code and links', () => {
    expect(html('Hello **bold** and *it* and `x<y`.\n\nSecond [site](https://example.org).')).toBe(
      '<p>Hello <strong>bold</strong> and <em>it</em> and <code>x&lt;y</code>.</p>' +
        '<p>Second <a href="https://example.org" target="_blank" rel="noopener noreferrer nofollow">site</a>.</p>',
    );
  });

  it('renders fenced code verbatim with its language, highlighted, and a copy button', () => {
    const out = html('```ts\nconst a = 1 < 2;\n**not bold**\n```');
    expect(out).toContain('<span class="code-lang">ts</span>');
    expect(out).toContain('aria-label="Copy code"');
    expect(out).toContain('<pre tabindex="0" data-lang="ts"><code class="language-ts hljs">');
    expect(out).toContain('<span class="hljs-keyword">const</span>');
    expect(out).not.toContain('<strong>');
    // The code's text is unchanged by highlighting.
    expect(out.replace(/<[^>]+>/g, '')).toContain('const a = 1 &lt; 2;\n**not bold**');
  });

  it('keeps code in an unknown or missing language as plain text', () => {
    expect(html('```brainfuck\n+[-->]\n```')).toContain('<code class="language-brainfuck">+[--&gt;]\n</code>');
    expect(html('```\nplain\n```')).toContain('<span class="code-lang">text</span>');
  });

  it('renders an unclosed fence (an answer still streaming) as code', () => {
    expect(html('text\n```py\npartial')).toMatch(
      /^<p>text<\/p><div class="code-block".*<code class="language-py hljs">partial/,
    );
  });

  it('renders bullet and ordered lists, headings and quotes', () => {
    expect(html('- a\n- **b**\n\n3. x\n4. y')).toBe(
      '<ul><li>a</li><li><strong>b</strong></li></ul><ol start="3"><li>x</li><li>y</li></ol>',
    );
    expect(html('# Title\n> quoted')).toBe('<h3>Title</h3><blockquote><p>quoted</p></blockquote>');
  });

  it('keeps snake_case words and lone asterisks as text', () => {
    expect(html('a_b_c and 2 * 3 * 4')).toBe('<p>a_b_c and 2 * 3 * 4</p>');
  });

  it('renders GFM tables with alignment, inside a scrollable wrapper', () => {
    const out = html('| name | size |\n|:-----|-----:|\n| gist | **32** |\n| span | 1,024 |');
    expect(out).toBe(
      '<div class="md-table" tabindex="0"><table><thead><tr><th style="text-align:left">name</th><th style="text-align:right">size</th></tr></thead>' +
        '<tbody><tr><td style="text-align:left">gist</td><td style="text-align:right"><strong>32</strong></td></tr>' +
        '<tr><td style="text-align:left">span</td><td style="text-align:right">1,024</td></tr></tbody></table></div>',
    );
  });

  it('renders nested lists as nested lists (not flattened)', () => {
    const out = html('- fruit\n  - apple\n  - pear\n    1. ripe\n- veg');
    expect(out).toBe('<ul><li>fruit<ul><li>apple</li><li>pear<ol><li>ripe</li></ol></li></ul></li><li>veg</li></ul>');
  });

  it('renders task lists (disabled checkboxes), strikethrough and autolinks', () => {
    const out = html('- [x] done\n- [ ] todo\n\n~~old~~ see www.example.org');
    expect(out).toContain(
      '<li class="task-list-item"><input type="checkbox" disabled="" readOnly="" aria-label="done" checked=""/> done</li>',
    );
    expect(out).toContain(
      '<li class="task-list-item"><input type="checkbox" disabled="" readOnly="" aria-label="not done"/> todo</li>',
    );
    expect(out).toContain('<del>old</del>');
    expect(out).toContain(
      '<a href="http://www.example.org" target="_blank" rel="noopener noreferrer nofollow">www.example.org</a>',
    );
  });
});

describe('markdown safety', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '**<iframe src="javascript:alert(1)">**',
    // The same payloads inside a table cell and a nested list item.
    '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
    '- outer\n  - <script>alert(1)</script>\n  - <iframe src="javascript:alert(1)">',
  ];
  for (const p of payloads) {
    it(`renders ${JSON.stringify(p)} as text`, () => {
      const out = html(p);
      expect(out).not.toMatch(/<(img|script|svg|iframe|a)[\s>]/i);
      expect(out).toContain('&lt;');
    });
  }

  it('keeps table and nested-list structure around an inert payload', () => {
    expect(html('| a |\n|---|\n| <img src=x onerror=alert(1)> |')).toContain(
      '<td>&lt;img src=x onerror=alert(1)&gt;</td>',
    );
    expect(html('- outer\n  - <b>x</b>')).toBe('<ul><li>outer<ul><li>&lt;b&gt;x&lt;/b&gt;</li></ul></li></ul>');
  });

  it('drops links with unsafe protocols but keeps their words', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:x',
      'data:text/html,<b>',
      'vbscript:x',
      '//evil.example/x',
    ]) {
      expect(safeHref(href)).toBeNull();
    }
    expect(html('[click](javascript:alert(1))')).toBe('<p>click</p>');
    expect(html('[click](data:text/html;base64,PHNjcmlwdD4=)')).toBe('<p>click</p>');
    expect(html('| [x](javascript:alert(1)) |\n|---|\n| [y](vbscript:z) |')).not.toContain('<a');
  });

  it('never loads images: an image is a link to it, or only its alt text when unsafe', () => {
    expect(html('![chart](https://example.org/c.png)')).toBe(
      '<p><a class="md-image" href="https://example.org/c.png" target="_blank" rel="noopener noreferrer nofollow">[image: chart]</a></p>',
    );
    expect(html('![x](javascript:alert(1))')).toBe('<p><span class="md-image">[image: x]</span></p>');
  });

  it('allows http(s), mailto and relative links', () => {
    expect(safeHref('https://a.b/c?d#e')).toBe('https://a.b/c?d#e');
    expect(safeHref('mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(safeHref('/docs/page')).toBe('/docs/page');
    expect(safeHref('#frag')).toBe('#frag');
  });
});
