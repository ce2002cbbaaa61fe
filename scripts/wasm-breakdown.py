#!/usr/bin/env python3
"""Where the wasm's bytes are: builds the release wasm with names kept (wasm-bindgen
--keep-debug, wasm-opt -Oz -g, the same optimisation as the shipped build), and sums twiggy's
sizes per crate and per module of this app. Needs twiggy (`cargo install twiggy`).
Run: python3 scripts/wasm-breakdown.py [--top N]"""
import csv, collections, io, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
env = dict(os.environ, PATH=f"{root}/node_modules/.bin:{os.path.expanduser('~/.cargo/bin')}:{os.environ['PATH']}")
run = lambda *cmd: subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True, text=True).stdout
run('cargo', 'build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'competence-matrix')
out = tempfile.mkdtemp()
run('wasm-bindgen', '--target', 'web', '--keep-debug', '--out-dir', out,
    'target/wasm32-unknown-unknown/release/competence-matrix.wasm')
opt = os.path.join(out, 'opt.wasm')
run('wasm-opt', '-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-reference-types', os.path.join(out, 'competence-matrix_bg.wasm'), '-o', opt)
rows = list(csv.DictReader(io.StringIO(run('twiggy', 'top', '-n', '1000000', '--format', 'csv', opt))))
groups = collections.Counter()
pattern = re.compile(r'(competence_matrix::(?:core|ui|web)(?:::\w+)?|tachys|reactive_graph|leptos\w*|dlmalloc|'
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
print(f"{'bytes':>8} {'share':>6}  part (wasm without names: {total / 1024:.1f} KB)")
for name, size in groups.most_common(top):
    print(f"{size:8d} {100 * size / total:5.1f}%  {name}")
