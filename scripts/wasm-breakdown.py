#!/usr/bin/env python3
"""Where the wasm's bytes are: builds the release wasm as scripts/build-wasm.mjs does (the
`split` feature, cut by wasm-split-cli) but with names kept (wasm-bindgen --keep-debug,
wasm-opt -Oz -g, the same optimisation as the shipped build), and sums twiggy's sizes of the
main module per crate and per module of this app; then the size of each split-off module.
Needs twiggy (`cargo install twiggy`).
Run: python3 scripts/wasm-breakdown.py [--top N]"""
import csv, collections, io, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
env = dict(os.environ, PATH=f"{root}/node_modules/.bin:{os.path.expanduser('~/.cargo/bin')}:{os.environ['PATH']}")
run = lambda *cmd: subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True, text=True).stdout
# The wasm features rustc turns on for wasm32-unknown-unknown (as in scripts/build-wasm.mjs).
features = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
            '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue']
run('cargo', 'build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--features', 'split',
    '--bin', 'competence-matrix')
work = tempfile.mkdtemp()
split, out = os.path.join(work, 'split'), os.path.join(work, 'out')
run('wasm-split-cli', '--target', 'web', '--out-name', 'competence-matrix',
    'target/wasm32-unknown-unknown/release/competence-matrix.wasm', split)
run('wasm-bindgen', '--target', 'web', '--keep-lld-exports', '--keep-debug', '--no-typescript', '--out-dir', out,
    '--out-name', 'competence-matrix', os.path.join(split, 'competence-matrix.wasm'))
opt = os.path.join(work, 'main.wasm')
run('wasm-opt', '-Oz', '-g', *features, os.path.join(out, 'competence-matrix_bg.wasm'), '-o', opt)
rows = list(csv.DictReader(io.StringIO(run('twiggy', 'top', '-n', '1000000', '--format', 'csv', opt))))
groups = collections.Counter()
pattern = re.compile(r'(competence_matrix::(?:core|ui|web)(?:::\w+)?|serde_path_to_error|serde_json|serde_core|serde|'
                     r'postcard|base64|gloo\w*|tachys|reactive_graph|leptos\w*|wasm_split\w*|talc|'
                     r'alloc|core|std|wasm_bindgen\w*|js_sys|web_sys|hashbrown|indexmap|any_spawner|futures\w*|'
                     r'send_wrapper|slotmap|compiler_builtins|data segment|console_error_panic_hook)')
for row in rows:
    name, size = row['Name'], int(row['ShallowSize'])
    if 'custom section' in name or 'function names' in name:
        continue
    match = pattern.search(name)
    groups[match.group(1) if match else 'other'] += size
total = sum(groups.values())
top = int(sys.argv[sys.argv.index('--top') + 1]) if '--top' in sys.argv else 40
print(f"{'bytes':>8} {'share':>6}  part of the main module (without names: {total / 1024:.1f} KB)")
for name, size in groups.most_common(top):
    print(f"{size:8d} {100 * size / total:5.1f}%  {name}")
print('\nsplit-off modules, optimised, without names:')
for name in sorted(os.listdir(split)):
    if name.endswith('.wasm') and name != 'competence-matrix.wasm':
        path = os.path.join(work, name)
        run('wasm-opt', '-Oz', *features, os.path.join(split, name), '-o', path)
        print(f"{os.path.getsize(path):8d}  {name}")
