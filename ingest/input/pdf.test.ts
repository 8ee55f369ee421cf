import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { makePdf } from './fixtures/pdf.ts';
import { pdfDocument, type PdfSource } from './pdf.ts';
import type { InputItem } from './types.ts';

const SOURCE: PdfSource = { origin: 'statement.pdf', id: 'statement' };
/** Paragraphs long enough to fill two columns and run onto a second page. */
const PARAGRAPHS = [
  'The foreign ministers of China and Russia met in Moscow on Friday to discuss the situation in the region and the partnership between their two countries in the years ahead.',
  'China supports the Shanghai Cooperation Organisation and is ready to strengthen its cooperation with all member states on security, trade and the fight against terrorism.',
  'Russia opposes unilateral sanctions imposed without the approval of the United Nations Security Council, the minister said after the talks had ended.',
  'Both sides agreed that the Belt and Road Initiative and the Eurasian Economic Union should be developed in step, to the benefit of the peoples of both countries.',
].flatMap((paragraph, i) => [
  paragraph,
  `${paragraph.replace(/\.$/, '')}, as they had said in meeting number ${i + 1}.`,
]);
const PAGES_OF_TEXT = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS];

function doc(item: InputItem) {
  if (item.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(item)}`);
  return item.doc;
}

function message(item: InputItem): string {
  return item.kind === 'error' ? item.message : `not an error: ${item.kind}`;
}

describe('pdfDocument', () => {
  let twoColumns: Buffer;
  let oneColumn: Buffer;
  beforeAll(async () => {
    const spec = {
      title: 'Joint Statement on the Talks in Moscow',
      created: new Date(Date.UTC(2022, 1, 4)),
      heading: 'Joint Statement on the Talks in Moscow',
      paragraphs: PAGES_OF_TEXT,
      runningHead: 'Ministry of Examples | Press Release',
    };
    [twoColumns, oneColumn] = await Promise.all([makePdf({ ...spec, columns: 2 }), makePdf(spec)]);
  });

  test('reads a two-column PDF drawn row by row in reading order, paragraph by paragraph', async () => {
    const read = doc(await pdfDocument(twoColumns, SOURCE));
    expect(read).toMatchObject({
      id: 'statement',
      title: 'Joint Statement on the Talks in Moscow',
      date: '2022-02-04',
      origin: 'statement.pdf',
    });
    expect(read.text.split('\n\n')).toEqual(PAGES_OF_TEXT);
  });

  test('reads the same text from one column, without its running head and page numbers', async () => {
    const read = doc(await pdfDocument(oneColumn, SOURCE));
    expect(read.text).toBe(PAGES_OF_TEXT.join('\n\n'));
  });

  test('takes the title from the first line when the metadata names only a file', async () => {
    const bytes = await makePdf({
      title: 'Microsoft Word - statement-final3.docx',
      heading: 'Readout of the Talks',
      paragraphs: PARAGRAPHS.slice(0, 1),
    });
    expect(doc(await pdfDocument(bytes, { ...SOURCE, url: 'https://example.org/s.pdf' }))).toMatchObject({
      title: 'Readout of the Talks',
      url: 'https://example.org/s.pdf',
      text: PARAGRAPHS[0],
    });
  });

  test('reports a scanned PDF (no text layer) instead of ingesting it empty', async () => {
    const scan = await makePdf({ paragraphs: PARAGRAPHS, scanned: true });
    expect(message(await pdfDocument(scan, SOURCE))).toMatch(
      /has no text layer \(a scanned PDF\?\); run OCR/,
    );
  });

  test('reports a password-protected PDF', async () => {
    const protectedPdf = await new Promise<Buffer>((resolve) => {
      const pdf = new PDFDocument({ userPassword: 'secret', pdfVersion: '1.7' });
      const chunks: Buffer[] = [];
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      pdf.on('end', () => {
        resolve(Buffer.concat(chunks));
      });
      pdf.text('Hidden.');
      pdf.end();
    });
    expect(message(await pdfDocument(protectedPdf, SOURCE))).toMatch(/is password-protected/);
  });

  // prettier-ignore
  test.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['a file that is no PDF', Buffer.from('<html>not a pdf</html>'), /is not a PDF \(it does not start with %PDF-\)/],
    ['a PDF cut short', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), /is not a readable PDF \(damaged or cut short\?\)/],
  ])('reports %s', async (_name, bytes, expected) => {
    expect(message(await pdfDocument(bytes, SOURCE))).toMatch(expected);
  });
});
