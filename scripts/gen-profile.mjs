// Writes a valid profile of N items (the IMA profile's scale, career levels and market data,
// with generated items in the same four kinds of block) for the scaling benchmark.
// Usage: node scripts/gen-profile.mjs N > file.json   or import { generate } from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../..');

export function generate(n) {
  const base = JSON.parse(readFileSync(join(root, 'public/profiles/ima-msp.json'), 'utf8'));
  // Same proportions as the IMA profile: 11 tasks, 18 skills, 12 further, 23 characteristics.
  const shares = [11, 18, 12, 23].map((count) => Math.max(1, Math.round((count / 64) * n)));
  shares[3] = Math.max(1, n - shares[0] - shares[1] - shares[2]);
  let next = 0;
  const blocks = base.blocks.map((block, b) => ({
    ...block,
    items: Array.from({ length: shares[b] }, () => {
      const i = next++;
      return { id: `gen.${block.id}.${i}`, text: { en: `${block.title.en.split(':')[0]} item ${i + 1}`, nl: `Onderdeel ${i + 1}` } };
    }),
  }));
  return { ...base, id: `generated-${n}`, version: '1', blocks };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(generate(Number(process.argv[2] ?? 500))));
}
