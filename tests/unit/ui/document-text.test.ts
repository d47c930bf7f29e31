// PDF and .docx text for the feed (issue 19 item 5): a PDF's text layer through pdf.js (legacy
// build, in node here), a .docx's raw text through mammoth; the intake feeds that text, skips a
// PDF without text ("a scan?") and an unreadable document with the reason, and leaves other files
// to the plain-text classification.
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../../src/ui/feed/document-text';
import { readIntake, type DocumentExtractor, type IntakeFile } from '../../../src/ui/feed/file-intake';
import { makeDocx, makePdf } from '../../fixtures/documents';

const file = (path: string, bytes: Uint8Array): IntakeFile => ({ path, size: bytes.length, read: async () => bytes });

describe('document text', () => {
  it('reads the text layer of every page of a PDF', async () => {
    const text = await pdfText(
      makePdf([['The ferry Osprey leaves at dawn.', 'Forty crates of figs (dried).'], ['Page two: the zebra vault.']]),
    );
    expect(text).toContain('The ferry Osprey leaves at dawn.');
    expect(text).toContain('Forty crates of figs (dried).');
    expect(text).toContain('Page two: the zebra vault.');
    expect(text.indexOf('Forty')).toBeLessThan(text.indexOf('Page two'));
  });

  it('reads the paragraphs of a .docx', async () => {
    expect(await docxText(await makeDocx(['Harbour minutes', 'Item 1: the <blue> ledger & the key']))).toBe(
      'Harbour minutes\n\nItem 1: the <blue> ledger & the key',
    );
  });
});

describe('intake with an extractor', () => {
  const extract: DocumentExtractor = async (path, bytes) => {
    if (path.endsWith('.pdf')) return { kind: 'pdf', text: await pdfText(bytes) };
    if (path.endsWith('.docx')) return { kind: 'docx', text: await docxText(bytes) };
    return null;
  };

  it('feeds extracted text, skips empty and broken documents with a reason, classifies the rest', async () => {
    const r = await readIntake(
      [
        file('a.pdf', makePdf([['alpha beta']])),
        file('b.docx', await makeDocx(['gamma delta'])),
        file('scan.pdf', makePdf([[]])),
        file('broken.docx', new TextEncoder().encode('not a zip')),
        file('c.txt', new TextEncoder().encode('plain text')),
      ],
      undefined,
      extract,
    );
    expect(r.files).toEqual([
      { path: 'a.pdf', text: 'alpha beta' },
      { path: 'b.docx', text: 'gamma delta' },
      { path: 'c.txt', text: 'plain text' },
    ]);
    expect(r.skipped.map((s) => [s.path, s.reason.split(' (')[0]])).toEqual([
      ['broken.docx', 'unreadable document'],
      ['scan.pdf', 'no text in this PDF'],
    ]);
  });
});
