// Throughput of the readers that turn pages and PDFs into text, on one core (they run on the main thread
// of `npm run ingest`, ahead of the extraction workers): MB/s of input, and of the text they give. The
// inputs are made from the corpus's documents: pages in a government site's chrome (menus, footer,
// styles, scripts, JSON-LD) and PDFs made with PDFKit (standard fonts, no images; half of them in two
// columns), so they are real text in realistic shapes, not the originals.
import { articlePage } from '../ingest/input/fixtures/page.ts';
import { makePdf } from '../ingest/input/fixtures/pdf.ts';
import { htmlDocument } from '../ingest/input/html.ts';
import { readInputs } from '../ingest/input/index.ts';
import { pdfDocument } from '../ingest/input/pdf.ts';
import type { InputItem } from '../ingest/input/types.ts';
import type { SourceDocument } from '../ingest/model.ts';

interface Inputs {
  name: string;
  files: Buffer[];
  read: (bytes: Buffer, i: number) => InputItem | Promise<InputItem>;
}

interface Round {
  seconds: number;
  /** CPU time of the process: on a busy machine, what the reading cost rather than how long it waited. */
  cpuSeconds: number;
  inputBytes: number;
  textBytes: number;
  documents: number;
}

/** Corpus documents in order until `textBytes` of text. */
async function documents(paths: readonly string[], textBytes: number): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  let total = 0;
  for await (const item of readInputs(paths)) {
    if (item.kind !== 'document') continue;
    if (total >= textBytes) break;
    docs.push(item.doc);
    total += Buffer.byteLength(item.doc.text);
  }
  return docs;
}

async function round({ files, read }: Inputs): Promise<Round> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let textBytes = 0;
  let documents = 0;
  for (const [i, bytes] of files.entries()) {
    const item = await read(bytes, i);
    if (item.kind !== 'document') throw new Error(`bench: reading failed: ${JSON.stringify(item)}`);
    textBytes += Buffer.byteLength(item.doc.text);
    documents++;
  }
  const inputBytes = files.reduce((sum, file) => sum + file.length, 0);
  const { user, system } = process.cpuUsage(cpu);
  const cpuSeconds = (user + system) / 1e6;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, inputBytes, textBytes, documents };
}

/**
 * Lines to print: HTML and PDF reading, each the median of `rounds` rounds over inputs made from the
 * first `htmlTextBytes` and `pdfTextBytes` of text of the corpus at `paths`.
 */
export async function readerFigures(
  paths: readonly string[],
  { htmlTextBytes, pdfTextBytes, rounds }: { htmlTextBytes: number; pdfTextBytes: number; rounds: number },
): Promise<string[]> {
  const htmlDocs = await documents(paths, htmlTextBytes);
  const titles = htmlDocs.map((doc) => doc.title ?? doc.id);
  const pdfDocs = await documents(paths, pdfTextBytes);
  const pdfs: Buffer[] = [];
  for (const [i, doc] of pdfDocs.entries()) {
    const paragraphs = doc.text.split(/\n{2,}/);
    pdfs.push(await makePdf({ title: doc.title ?? doc.id, paragraphs, columns: i % 2 === 0 ? 1 : 2 }));
  }
  const inputs: Inputs[] = [
    {
      name: 'HTML pages (Readability)',
      files: htmlDocs.map((doc, i) => Buffer.from(articlePage(doc, titles.slice(i + 1, i + 6)))),
      read: (bytes, i) => htmlDocument(bytes, { origin: 'bench', id: String(i) }),
    },
    {
      name: 'PDFs (pdf.js, layout)',
      files: pdfs,
      read: (bytes, i) => pdfDocument(bytes, { origin: 'bench', id: String(i) }),
    },
  ];
  const lines: string[] = [];
  for (const input of inputs) {
    await round({ ...input, files: input.files.slice(0, 20) });
    const rounds_: Round[] = [];
    for (let r = 0; r < rounds; r++) rounds_.push(await round(input));
    const median = [...rounds_].sort((a, b) => a.seconds - b.seconds)[Math.floor(rounds / 2)] as Round;
    const mbs = (bytes: number): string => (bytes / 1e6 / median.seconds).toFixed(2);
    lines.push(
      `  ${input.name.padEnd(26)} ${mbs(median.inputBytes).padStart(6)} MB/s of input (${(median.inputBytes / 1e6).toFixed(1)} MB, ` +
        `${median.documents.toLocaleString('en-US')} documents), ${mbs(median.textBytes)} MB/s of text out, ` +
        `${Math.round(median.documents / median.seconds).toLocaleString('en-US')} documents/s; ` +
        `${(median.inputBytes / 1e6 / median.cpuSeconds).toFixed(2)} MB of input per CPU second ` +
        `(rounds: ${rounds_.map((x) => x.seconds.toFixed(1)).join(', ')} s)`,
    );
  }
  return lines;
}
