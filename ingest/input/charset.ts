// Bytes of a web page or a feed to text. Unlike plain text files, these say what encoding they use (a
// byte order mark, the server's Content-Type, `<meta charset>` or `<?xml encoding?>`), and much of the
// older web is windows-1252 or Shift_JIS: the declared encoding is honoured, UTF-8 is the default.
import { binaryReason, decodeUtf8, invalidUtf8Message } from './decode.ts';

/** Where browsers look for a `<meta charset>`: the first 1024 bytes (HTML's encoding prescan). */
const PRESCAN_BYTES = 1024;
const DECLARED = [
  /<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i,
  /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i,
] as const;

export type DecodedMarkup = { ok: true; text: string } | { ok: false; message: string };

/** The charset named by a Content-Type header value (`text/html; charset=ISO-8859-1`), if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** Decodes markup in the encoding its byte order mark, `headerCharset` or its own declaration names. */
export function decodeMarkup(bytes: Uint8Array, headerCharset?: string): DecodedMarkup {
  if (bytes.length === 0) return { ok: false, message: 'is empty; nothing to read' };
  const charset = bomCharset(bytes) ?? headerCharset ?? declaredCharset(bytes);
  if (charset === undefined || /^utf-?8$/i.test(charset)) {
    const binary = binaryReason(bytes);
    if (binary !== undefined) return { ok: false, message: binary };
    const decoded = decodeUtf8(bytes);
    return decoded.ok ? decoded : { ok: false, message: invalidUtf8Message(decoded.offset) };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return { ok: false, message: `declares the unknown encoding "${charset}"; save it as UTF-8` };
  }
  const text = decoder.decode(bytes);
  return { ok: true, text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text };
}

/** What windows-1252 has at 0x80-0x9F (curly quotes, dashes, the euro sign; U+FFFD where it has none). */
const WINDOWS_1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * Node 20 decodes windows-1252 as ISO-8859-1, which has control characters at 0x80-0x9F where pages in
 * windows-1252 (and in latin1, which browsers read as windows-1252) have quotes and dashes.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const pattern of DECLARED) {
    const charset = pattern.exec(head)?.[1];
    if (charset !== undefined) return charset;
  }
  return undefined;
}
