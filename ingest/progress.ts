// A one-line progress bar for long runs on a terminal: documents done, MB/s and, when the total size is
// known, percent and ETA. Silent when the stream is not a terminal, and for runs shorter than a moment.
import { formatDuration, formatMegabytes } from './stats.ts';

export interface ProgressState {
  documents: number;
  bytes: number;
  totalBytes: number | undefined;
  seconds: number;
}

/** The progress line for `state`, at most `width` characters. */
export function renderProgress(state: ProgressState, width: number): string {
  const { documents, bytes, totalBytes, seconds } = state;
  const rate = seconds > 0 ? bytes / seconds : 0;
  const parts = [`${documents.toLocaleString('en-US')} docs`, `${(rate / 1e6).toFixed(2)} MB/s`];
  if (totalBytes === undefined || totalBytes === 0) {
    parts.splice(1, 0, formatMegabytes(bytes));
    return parts.join('  ').slice(0, width);
  }
  const fraction = Math.min(1, bytes / totalBytes);
  parts.splice(1, 0, `${(bytes / 1e6).toFixed(1)}/${(totalBytes / 1e6).toFixed(1)} MB`);
  if (rate > 0 && seconds >= 1) parts.push(`ETA ${formatDuration((totalBytes - bytes) / rate)}`);
  const text = `${String(Math.floor(fraction * 100)).padStart(3)}%  ${parts.join('  ')}`;
  const barWidth = Math.min(30, width - text.length - 3);
  if (barWidth < 5) return text.slice(0, width);
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}

export interface ProgressBar {
  update(documents: number, bytes: number): void;
  /** Prints a line above the bar (messages must not be overwritten by it). */
  log(line: string): void;
  stop(): void;
}

/** Redraws every quarter second once the run has lasted `delayMs`; a no-op when `stream` is no terminal. */
export function startProgress(
  stream: NodeJS.WriteStream,
  totalBytes: number | undefined,
  delayMs = 1000,
): ProgressBar {
  const started = performance.now();
  let documents = 0;
  let bytes = 0;
  let shown = false;
  const enabled = stream.isTTY;
  const draw = (): void => {
    if (performance.now() - started < delayMs) return;
    const seconds = (performance.now() - started) / 1000;
    stream.write(`\r\x1b[K${renderProgress({ documents, bytes, totalBytes, seconds }, stream.columns - 1)}`);
    shown = true;
  };
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const timer = enabled ? setInterval(draw, 250) : undefined;
  timer?.unref();
  return {
    update(doneDocuments, doneBytes) {
      documents = doneDocuments;
      bytes = doneBytes;
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
    },
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
