// Anonymous contributions (format 1) of the shipped profile, for the end-to-end tests and the
// team benchmark: member `i`'s levels go round the scale from a start of her own, so that many
// of them spread over every level and career level.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './static-server.mjs';

const profile = JSON.parse(readFileSync(join(root, 'public/profiles/ima-msp.json'), 'utf8'));
const HOLDINGS = ['not_held', 'occasionally', 'regularly', 'owner'];

export function contributionFile(i, { career = 1 + (i % 5), country, id = `c${i.toString(36)}`, extra = {} } = {}) {
  const levels = {};
  const held = {};
  let index = 0;
  for (const block of profile.blocks) {
    for (const item of block.items) {
      const step = (i * 7 + index * 3 + Math.floor(i / 5) * 2) % 5;
      if (block.kind === 'rated') levels[item.id] = step + 1;
      else held[item.id] = HOLDINGS[step % 4];
      index++;
    }
  }
  return JSON.stringify({
    app: 'competence-matrix', kind: 'contribution', format: 1,
    anonymous: 'No name, note, organisation or date finer than the year is in this file.',
    id, profile: { id: profile.id, version: profile.version }, year: 2026, career_level: career,
    ...(country ? { country } : {}), levels, held, ...extra,
  });
}
