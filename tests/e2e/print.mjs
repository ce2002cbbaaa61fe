// Printing to PDF in the tests: how many pages came out, and a picture of each for people to look at.
import { execFileSync } from 'node:child_process';

/** Pages in a PDF, as poppler's pdfinfo reads them (Firefox keeps its page objects in compressed
 *  object streams, where no text search finds them). */
export function pageCount(pdf) {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString();
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new Error(`pdfinfo read no page count:\n${info}`);
  return Number(pages[1]);
}

/** Writes a PNG of the first page beside the PDF. pdftoppm (poppler-utils) is installed by
 *  scripts/test; without it this fails rather than quietly skipping the picture. */
export function keepPicture(path) {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, path.replace(/\.pdf$/, '')]);
}
