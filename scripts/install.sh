# Installs whatever is missing to build and test the app, and skips what is already there,
# so that a second run takes seconds. Sourced by scripts/serve and scripts/test.
# Versions are pinned (see ../shared/TOOLCHAIN.md for why): Trunk 0.21.14 builds with this
# machine's rustc; wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock; wasm-split-cli
# 0.2.4 splits the wasm as leptos 0.8's wasm_split expects; wasm-opt comes from the npm package
# `binaryen` because Debian's (version 108) silently breaks the app.

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4

say() { printf '» %s\n' "$*" >&2; }
# sudo -n: fails at once, saying why, where a password would be asked (CI has no one to type it).
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

install_debian_packages() {
  local missing=()
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils) # PNGs of the printed PDFs
  # The other two engines of the end-to-end journeys (tests/e2e/engines.test.mjs): Firefox ESR,
  # and WebKitGTK (Safari's engine) with its WebDriver server and MiniBrowser, shown on an X
  # server of their own (Xvfb), whose clipboard xclip reads back.
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xclip >/dev/null || missing+=(xclip)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    # Waits at most 5 minutes for another apt (an unattended upgrade) to let go of its lock.
    as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}"
  fi
}

# zip packs the release an association hosts (scripts/package); the end-to-end suite unpacks it
# and serves it with the web servers the package has configurations for (tests/e2e/package.test.mjs).
install_packaging() {
  command -v zip >/dev/null && command -v unzip >/dev/null && return
  say "installing zip and unzip from Debian"
  as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq zip unzip
}

install_web_servers() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  command -v apache2 >/dev/null || missing+=(apache2)
  command -v caddy >/dev/null || missing+=(caddy)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian (the package's web servers, for its test)"
    as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
    # Only their programs are used, each started by the test on a port of its own.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  local wbg
  wbg=$(locked_wasm_bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $wbg (the version in Cargo.lock)"
    # No --locked: its lock file pins crates that this rustc rejects.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi
  # wasm-split-cli has no --version: cargo's list of installed tools says which one it is.
  if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (cuts the later-loading views off; about 4 minutes)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary --force
  fi
}

install_node_packages() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing node packages (playwright-core, binaryen's wasm-opt)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

install_everything() {
  install_debian_packages
  install_rust_tools
  install_node_packages
  # The wasm build runs offline (Trunk's hooks, scripts/build-wasm.mjs): every crate, for every
  # target, is fetched first.
  cargo fetch --quiet
  export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
}
