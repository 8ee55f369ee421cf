// A PDF to one document with pdf.js (Mozilla's PDF engine, no native code): the text layer of each page
// in reading order (pdf-layout.ts), title and date from the document's metadata or its first lines. A
// PDF without any text (a scan) is reported, never ingested as empty.
import type { SourceDocument } from '../model.ts';
import { normalizeDate } from './date.ts';
import { splitHeader } from './header.ts';
import { documentText, pageParagraphs, type Paragraph, type TextRun } from './pdf-layout.ts';
import type { InputItem } from './types.ts';

export interface PdfSource {
  origin: string;
  id: string;
  /** The address it was fetched from. */
  url?: string;
}

/** Titles that name the file or its program rather than the text ("Microsoft Word - draft3.docx"). */
const PRODUCER_TITLE = /^(?:microsoft word - |untitled\b)|\.(?:docx?|pdf|rtf|odt|indd|pages|txt)$/i;

/** Reads the text of a PDF, or says why it has none. */
export async function pdfDocument(bytes: Uint8Array, source: PdfSource): Promise<InputItem> {
  const error = (message: string): InputItem => ({
    kind: 'error',
    origin: source.origin,
    message,
    bytes: bytes.length,
  });
  if (bytes.length === 0) return error('is empty; nothing to read');
  if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) {
    return error('is not a PDF (it does not start with %PDF-)');
  }
  let read: { pages: Paragraph[][]; title?: string; date?: string };
  try {
    read = await readPdf(bytes);
  } catch (e) {
    return error(pdfError(e));
  }
  const text = documentText(read.pages);
  if (!/\S/.test(text)) {
    return error(
      'has no text layer (a scanned PDF?); run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result',
    );
  }
  const { body, ...header } = splitHeader(text);
  const title = read.title ?? header.title;
  const date = header.date ?? read.date;
  const doc: SourceDocument = {
    id: source.id,
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(source.url !== undefined && { url: source.url }),
    origin: source.origin,
    text: body,
  };
  return { kind: 'document', doc, bytes: bytes.length };
}

/** Paragraphs page by page, and the title and date of the document's information dictionary. */
async function readPdf(bytes: Uint8Array): Promise<{ pages: Paragraph[][]; title?: string; date?: string }> {
  // Loaded on first use: pdf.js is large, and most runs read no PDF.
  const { getDocument, Util } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    // pdf.js takes the buffer over (detaches it): it gets a copy, the caller keeps its bytes.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: Paragraph[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // Page space to the viewport's (y grows downwards, page rotation and crop box applied).
        const [a = 0, b = 0, , , x = 0, y = 0] = Util.transform(
          viewport.transform,
          item.transform,
        ) as number[];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) });
      }
      pages.push(pageParagraphs(runs));
      page.cleanup();
    }
    const info = (await pdf.getMetadata()).info as { Title?: unknown; CreationDate?: unknown };
    const title = typeof info.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    const date = typeof info.CreationDate === 'string' ? pdfDate(info.CreationDate) : undefined;
    return {
      pages,
      ...(title !== '' && !PRODUCER_TITLE.test(title) && { title }),
      ...(date !== undefined && { date }),
    };
  } finally {
    await pdf.destroy();
  }
}

/** `D:20220204120000+01'00'` (a PDF date) to `2022-02-04`. */
function pdfDate(value: string): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value);
  return match ? normalizeDate(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

function pdfError(e: unknown): string {
  const { name, message } = e as Error;
  if (name === 'PasswordException') {
    return 'is password-protected; save an unprotected copy (e.g. `qpdf --decrypt in.pdf out.pdf`) and ingest that';
  }
  if (name === 'InvalidPDFException') return `is not a readable PDF (damaged or cut short?): ${message}`;
  return `cannot be read as a PDF (${message})`;
}
