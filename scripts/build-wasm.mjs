// Builds the app's WebAssembly with the later-loading views split off (Leptos's code splitting:
// `wasm_split` in src/ui/later.rs), for the Trunk post-build hook. Trunk cannot do this (its
// rust pipeline runs wasm-bindgen itself, on the unsplit module), so the page's other assets stay
// Trunk's and the wasm is built here:
//
// 1. cargo builds the release with the `split` feature; .cargo/config.toml links with
//    `--emit-relocs`, which the splitter needs;
// 2. wasm-split-cli cuts the module: the main module, one module per split point
//    (`split_<name>.wasm`), one per chunk of code several of them share (`chunk_*.wasm`), and the
//    loader `__wasm_split.js`;
// 3. wasm-bindgen writes the glue for the main module (`--keep-lld-exports`: the split modules
//    import its function table);
// 4. wasm-opt -Oz (binaryen from npm, see ../shared/TOOLCHAIN.md) shrinks every module;
// 5. everything goes into a folder named after its content, `wasm-<hash>/`: the loader finds the
//    modules next to itself, and a tab of an older version never meets a newer version's
//    modules under the same name.
//
// Returns the folder's name.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const NAME = 'competence-matrix';
// The wasm features rustc 1.95 turns on for wasm32-unknown-unknown; wasm-opt must accept them.
const FEATURES = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue'];

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Builds into `dist` (a staging directory); returns the name of the folder it wrote. */
export function buildWasm(root, dist, { release = true } = {}) {
  run('cargo', ['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--features', 'split', '--bin', NAME], { cwd: root });
  const built = join(root, 'target/wasm32-unknown-unknown/release', `${NAME}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'wasm-split-'));
  try {
    const split = join(work, 'split');
    const out = join(work, 'out');
    run('wasm-split-cli', ['--target', 'web', '--out-name', NAME, built, split]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', out, '--out-name', NAME, join(split, `${NAME}.wasm`)]);
    for (const name of readdirSync(split)) {
      if (name === `${NAME}.wasm`) continue;
      cpSync(join(split, name), join(out, name));
    }
    if (release) {
      for (const name of readdirSync(out).filter((n) => n.endsWith('.wasm'))) {
        const path = join(out, name);
        run('wasm-opt', ['-Oz', ...FEATURES, path, '-o', path]);
      }
    }
    const hash = createHash('sha256');
    for (const path of files(out).sort()) hash.update(relative(out, path)).update(readFileSync(path));
    const folder = `wasm-${hash.digest('hex').slice(0, 16)}`;
    const target = join(dist, folder);
    mkdirSync(target, { recursive: true });
    cpSync(out, target, { recursive: true });
    return folder;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The boot script: starts the main module (which fetches its split modules when wanted). */
export function bootScript(folder) {
  // public/first-paint.js has asked for the main module already (under this name): that response
  // is taken, so that no engine fetches it twice.
  const wasm = `${folder}/${NAME}_bg.wasm`;
  return `import init from './${folder}/${NAME}.js';\n`
    + `const early = self.competenceMatrixEarly?.take('${wasm}');\n`
    // A load cut short (the page left, a frame given another address while it loads) is no
    // error of the page's; any other failure still is.
    + `init({ module_or_path: early ?? new URL('./${wasm}', import.meta.url) })`
    + `.catch((error) => { if (error?.name !== 'AbortError') throw error; });\n`;
}

export const GLUE = `${NAME}.js`;
export const MAIN_WASM = `${NAME}_bg.wasm`;

// Run alone: node scripts/build-wasm.mjs <dist>
if (process.argv[1] && process.argv[1].endsWith('build-wasm.mjs')) {
  const root = join(import.meta.dirname, '..');
  const dist = process.argv[2] ?? join(root, 'dist');
  if (!existsSync(dist)) mkdirSync(dist, { recursive: true });
  console.log(buildWasm(root, dist));
}
