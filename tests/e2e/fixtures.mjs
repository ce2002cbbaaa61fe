// Assessments for the tests, built from the shipped profile file.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { root, reload } from './support.mjs';

export const profile = JSON.parse(readFileSync(join(root, 'public/profiles/ima-msp.json'), 'utf8'));

// A small deterministic generator, so that notes look like text (and compress like text).
export function words(seed, length) {
  const vocabulary = ['prepared', 'the', 'board', 'pack', 'for', 'quarterly', 'meetings', 'with', 'our', 'CEO',
    'negotiated', 'hotel', 'rates', 'saving', '18%', 'across', 'three', 'offices', 'introduced', 'a', 'shared',
    'calendar', 'policy', 'and', 'trained', 'twelve', 'assistants', 'on', 'it', 'managed', 'travel', 'budget', 'of',
    '€240k', 'ran', 'onboarding', 'for', 'new', 'hires', 'in', 'Amsterdam', 'London', 'wrote', 'minutes', 'tracked', 'actions'];
  let state = seed * 9301 + 49297;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += (text ? ' ' : '') + vocabulary[state % vocabulary.length];
  }
  return text.slice(0, length);
}

const holdings = ['occasionally', 'regularly', 'owner', 'not_held'];

/** Every item answered; `noteLength` characters of evidence on each (0 for none); `shift` moves every level. */
export function ratings(noteLength, shift = 0) {
  const list = [];
  let index = 0;
  for (const block of profile.blocks) {
    for (const item of block.items) {
      const rating = { item: item.id };
      if (block.kind === 'rated') {
        rating.current = ((index + shift) % 5) + 1;
        rating.target = Math.min(5, rating.current + 1);
      } else {
        rating.held = holdings[(index + shift) % holdings.length];
      }
      if (noteLength > 0) rating.evidence = words(index + shift * 100, noteLength);
      list.push(rating);
      index++;
    }
  }
  return list;
}

export const anna = { name: 'Anna de Vries-Kortenhoeven', job_title: 'Senior Executive Assistant to the CEO', organisation: 'Rijnmond Logistics International B.V.' };

/** The stored state (format 2) of one fully answered assessment of the user's own. */
export function fullState(noteLength) {
  return {
    version: 2,
    intro_dismissed: true,
    current: 'a1',
    next_id: 3,
    assessments: [{ id: 'a1', date: '2026-11-25', view: 'self', person: anna, ratings: ratings(noteLength) }],
  };
}

/** Two fully answered assessments of the same person: her own and her manager's. */
export function twoViews(noteLength) {
  return {
    version: 2,
    intro_dismissed: true,
    current: 'a1',
    next_id: 3,
    assessments: [
      { id: 'a1', name: 'Self, 2026', date: '2026-11-25', view: 'self', person: anna, ratings: ratings(noteLength) },
      { id: 'a2', name: 'Manager, 2026', date: '2026-11-26', view: 'manager', person: anna, ratings: ratings(noteLength, 1) },
    ],
  };
}

/** Puts `state` into the app's storage and reloads. */
export async function useState(page, state) {
  await page.evaluate((json) => localStorage.setItem('competence-matrix', json), JSON.stringify(state));
  await reload(page);
}

// A share link's body as src/core/formats/link.rs reads it (version 2), written byte by byte.
function varint(n) {
  const out = [];
  do { let byte = n & 0x7f; n >>>= 7; if (n) byte |= 0x80; out.push(byte); } while (n);
  return out;
}
const text = (s) => { const bytes = [...Buffer.from(s, 'utf8')]; return [...varint(bytes.length), ...bytes]; };
const VIEWS = ['self', 'manager', 'other'];
const HOLDINGS = ['not_held', 'occasionally', 'regularly', 'owner'];

/** A version 2 share link to an assessment of `person` (the shipped profile's ratings). */
export function assessmentLink(base, { person = {}, view = 'self', date = '2026-11-25', ratings: given = [] }) {
  const byId = new Map(given.map((r) => [r.item, r]));
  const items = [];
  const notes = [];
  let position = 0;
  for (const block of profile.blocks) {
    for (const item of block.items) {
      const r = byId.get(item.id) ?? {};
      items.push(block.kind === 'held'
        ? (r.held ? HOLDINGS.indexOf(r.held) + 1 : 0)
        : ((r.current ?? 0) & 7) | (((r.target ?? 0) & 7) << 3));
      if (r.evidence) notes.push([position, r.evidence]);
      position++;
    }
  }
  const body = [...text(profile.id), ...text(profile.version), ...text(date), ...text(''), VIEWS.indexOf(view),
    ...text(person.name ?? ''), ...text(person.job_title ?? ''), ...text(person.organisation ?? ''),
    ...varint(items.length), ...items, ...varint(notes.length), ...notes.flatMap(([p, note]) => [...varint(p), ...text(note)])];
  return `${base}#share=v2.${deflateSync(Buffer.from(body)).toString('base64url')}`;
}

/** An exchange file (format 2) of an assessment of `person`. */
export function assessmentFile({ person = {}, view = 'self', date = '2026-11-25', ratings: given = [] }) {
  return JSON.stringify({ app: 'competence-matrix', format: 2, kind: 'assessment', profile: { id: profile.id, version: profile.version },
    view, date, person, assessment: { ratings: given } });
}

// Anonymous contributions: made as the team benchmark makes them.
export { contributionFile } from '../../scripts/lib/contributions.mjs';
