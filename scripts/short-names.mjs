// Gives the names by which the wasm and its JS glue call each other short names: wasm-bindgen
// names every import after the function it binds plus a 16-digit hash
// (`__wbg_addEventListener_847fd86b8c33ec43`), and both files carry each of those names, about
// 6 KB of hex digits that compression can do little with. The wasm's import and export names
// and the glue's matching keys are renamed together; nothing else in either file changes.
// Run by scripts/minify-js.mjs on a release build, before the glue is minified and the page's
// integrity attributes are written.

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

function writeUleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

function readName(bytes, at) {
  const [length, start] = uleb(bytes, at);
  return [text.decode(bytes.subarray(start, start + length)), start + length];
}

function name(value) {
  const encoded = utf8.encode(value);
  return [...writeUleb(encoded.length), ...encoded];
}

/** Short names in order: a … z, A … Z, then two characters, three, and so on. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const count = letters.length ** length;
    for (let i = 0; i < count; i++) {
      let s = '';
      for (let n = i, k = 0; k < length; k++, n = Math.floor(n / letters.length)) {
        s = letters[n % letters.length] + s;
      }
      yield s;
    }
  }
}

// Long enough to be wasm-bindgen's own, never a word the glue uses for something else.
const renamable = (value) => value.length >= 12 && /^[A-Za-z_$][\w$]*$/.test(value);

/**
 * Renames the imports and the exports the glue calls, in `wasm` (bytes) and `glue` (the JS
 * text); the imports' module name stays (it compresses to almost nothing). Returns
 * `{ wasm, glue }`. Throws when an import's name cannot be found in the glue: the pair must
 * still fit together.
 */
export function shortenNames(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  if (text.decode(bytes.subarray(0, 4)) !== '\0asm') throw new Error('not a wasm module');
  const renames = new Map();
  const next = shortNames();
  const fresh = () => {
    for (;;) {
      const candidate = next.next().value;
      // A short name must not already be a word in the glue's keys (`__proto__`, say).
      if (!new RegExp(`[{,.]${candidate}[:=(]`).test(glue)) return candidate;
    }
  };
  const pattern = (old) =>
    new RegExp(`(?<![\\w$])${old.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w$])`, 'g');
  const named = (old) => pattern(old).test(glue);
  const rename = (old) => {
    if (!renames.has(old)) renames.set(old, fresh());
    return renames.get(old);
  };
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = uleb(bytes, at + 1);
    const end = start + size;
    let body = bytes.subarray(start, end);
    if (id === 2 || id === 7) {
      const rewritten = [];
      let [count, p] = uleb(bytes, start);
      rewritten.push(...writeUleb(count));
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let module, field;
          [module, p] = readName(bytes, p);
          [field, p] = readName(bytes, p);
          rewritten.push(...name(renamable(module) ? rename(module) : module));
          rewritten.push(...name(renamable(field) ? rename(field) : field));
          // The import's description: kind, then a type index, or a table / memory / global
          // type, copied as it is.
          const kind = bytes[p];
          let q = p + 1;
          if (kind === 0) [, q] = uleb(bytes, q);
          else if (kind === 1) {
            q += 1;
            const flags = bytes[q];
            [, q] = uleb(bytes, q + 1);
            if (flags & 1) [, q] = uleb(bytes, q);
          } else if (kind === 2) {
            const flags = bytes[q];
            [, q] = uleb(bytes, q + 1);
            if (flags & 1) [, q] = uleb(bytes, q);
          } else if (kind === 3) q += 2;
          else if (kind === 4) [, q] = uleb(bytes, q + 1);
          else throw new Error(`unknown import kind ${kind}`);
          rewritten.push(...bytes.subarray(p, q));
          p = q;
        } else {
          let field;
          [field, p] = readName(bytes, p);
          // Exports the glue never calls (an abort handler, say) keep their names.
          rewritten.push(...name(renamable(field) && named(field) ? rename(field) : field));
          const kind = bytes[p];
          const [, q] = uleb(bytes, p + 1);
          rewritten.push(kind, ...bytes.subarray(p + 1, q));
          p = q;
        }
      }
      if (p !== end) throw new Error(`section ${id} was not read to its end`);
      body = Uint8Array.from(rewritten);
    }
    parts.push(Uint8Array.from([id, ...writeUleb(body.length)]), body);
    at = end;
  }
  let js = glue;
  for (const [old, short] of renames) {
    if (!named(old)) throw new Error(`the glue never names ${old}`);
    js = js.replace(pattern(old), short);
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return { wasm: out, glue: js };
}
