// Printing to PDF in the tests: how many pages came out, and a picture of each for people to look at.
import { execFileSync } from 'node:child_process';

/** Pages in a PDF: each page object has "/Type /Page" (and the tree "/Type /Pages"). */
export function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Writes a PNG of the first page beside the PDF. pdftoppm (poppler-utils) is installed by
 *  scripts/test; without it this fails rather than quietly skipping the picture. */
export function keepPicture(path) {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, path.replace(/\.pdf$/, '')]);
}
