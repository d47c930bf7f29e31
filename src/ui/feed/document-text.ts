// Text out of documents that are not plain text (issue 19 item 5: "ingest PDF and .docx"): a PDF's
// text layer through pdf.js (the legacy build, which also runs in node for the tests; its worker is
// a separate file Vite emits, so parsing stays off the page's thread) and a .docx's raw text
// through mammoth's extractRawText. Both libraries are loaded on first use only. The feed then
// treats the text like any other file. A scanned PDF has no text layer: it is reported as skipped.
import type { DocumentExtractor } from './file-intake';

/** A PDF's pages as text: text items joined, a line break where pdf.js ends a line, a blank line between pages. */
export async function pdfText(bytes: Uint8Array, workerSrc?: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (workerSrc && !pdfjs.GlobalWorkerOptions.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  // The strict CSP has no 'unsafe-eval': pdf.js must not compile fonts with new Function. Glyphs
  // are never drawn, so the standard fonts' data is not needed (verbosity 0: no warning about it).
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    return pages.filter((t) => t !== '').join('\n\n');
  } finally {
    await doc.destroy();
  }
}

/** A .docx's text (paragraphs separated by blank lines, as mammoth's extractRawText gives them). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's browser build reads `arrayBuffer`, its node build (the tests) `buffer`.
  const result = await mammoth.extractRawText({ arrayBuffer: buffer, buffer: bytes } as unknown as {
    arrayBuffer: ArrayBuffer;
  });
  return result.value.replace(/\n{3,}/g, '\n\n').trim();
}

/** The extractor the feed uses in the browser (pdf.js's worker served by Vite). */
export function browserDocumentExtractor(workerSrc: string): DocumentExtractor {
  return async (path, bytes) => {
    const lower = path.toLowerCase();
    if (lower.endsWith('.pdf')) return { kind: 'pdf', text: await pdfText(bytes, workerSrc) };
    if (lower.endsWith('.docx')) return { kind: 'docx', text: await docxText(bytes) };
    return null;
  };
}
