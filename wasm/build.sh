#!/usr/bin/env bash
# Builds the npm package `bouwstenen` into wasm/pkg/, offline: cargo for wasm32, wasm-bindgen
# (the CLI version must equal the `wasm-bindgen` pin in wasm/Cargo.toml), wasm-opt from the npm
# package `binaryen` (installed into wasm/tools/), then package.json, README and licences.
#
#   bash wasm/build.sh          # then: node --test wasm/tests/
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
pkg="$here/pkg"
tools="$here/tools"
binaryen_version=132

pin="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$here/Cargo.toml")"
version="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$root/Cargo.toml")"
[ -n "$pin" ] && [ -n "$version" ] || { echo "build.sh: cannot read versions from Cargo.toml" >&2; exit 1; }

if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version)" != "wasm-bindgen $pin" ]; then
    echo "build.sh: installing wasm-bindgen-cli $pin (a few minutes)" >&2
    cargo install wasm-bindgen-cli --version "$pin"
fi
if [ ! -x "$tools/node_modules/.bin/wasm-opt" ]; then
    mkdir -p "$tools"
    (cd "$tools" && npm install --no-audit --no-fund --no-save "binaryen@$binaryen_version" >&2)
fi
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

start=$SECONDS
# Size over speed for the release build of the bindings only; the workspace profile stays as is.
CARGO_PROFILE_RELEASE_OPT_LEVEL=s \
CARGO_PROFILE_RELEASE_LTO=true \
CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
CARGO_PROFILE_RELEASE_DEBUG=false \
CARGO_PROFILE_RELEASE_PANIC=abort \
    cargo build --manifest-path "$root/Cargo.toml" --release --locked \
        --target wasm32-unknown-unknown -p bouwstenen-wasm
target_dir="$(cargo metadata --manifest-path "$root/Cargo.toml" --format-version 1 --no-deps |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
wasm="$target_dir/wasm32-unknown-unknown/release/bouwstenen_wasm.wasm"

rm -rf "$pkg"
mkdir -p "$pkg"
wasm-bindgen --target nodejs --out-dir "$pkg/node" --out-name bouwstenen "$wasm"
wasm-bindgen --target bundler --out-dir "$pkg/browser" --out-name bouwstenen "$wasm"
for file in "$pkg/node/bouwstenen_bg.wasm" "$pkg/browser/bouwstenen_bg.wasm"; do
    "$tools/node_modules/.bin/wasm-opt" -Os --enable-bulk-memory --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$file" -o "$file"
done
# The Node.js glue is CommonJS; mark that folder so that "type" of the package does not apply.
echo '{"type": "commonjs"}' > "$pkg/node/package.json"

cat > "$pkg/package.json" <<JSON
{
  "name": "bouwstenen",
  "version": "$version",
  "description": "Typed, validated, standards-aligned data for Flemish and Belgian local governments: identifiers, addresses, payments, decisions and consent (WebAssembly build of the Rust crate)",
  "license": "MIT OR Apache-2.0",
  "repository": { "type": "git", "url": "https://github.com/bouwstenen/bouwstenen" },
  "keywords": ["belgium", "flanders", "oslo", "validation", "insz", "iban", "epc", "wasm"],
  "main": "./node/bouwstenen.js",
  "module": "./browser/bouwstenen.js",
  "types": "./node/bouwstenen.d.ts",
  "exports": {
    ".": {
      "types": "./node/bouwstenen.d.ts",
      "node": "./node/bouwstenen.js",
      "browser": "./browser/bouwstenen.js",
      "default": "./browser/bouwstenen.js"
    },
    "./package.json": "./package.json"
  },
  "files": ["node/", "browser/", "README.md", "LICENSE-MIT", "LICENSE-APACHE"],
  "sideEffects": ["./browser/bouwstenen.js", "./browser/bouwstenen_bg.js"]
}
JSON
rm -f "$pkg"/node/.gitignore "$pkg"/browser/.gitignore
cp "$here/README.md" "$pkg/README.md"
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$pkg/"

raw=$(wc -c < "$pkg/node/bouwstenen_bg.wasm")
gz=$(gzip -9 -c "$pkg/node/bouwstenen_bg.wasm" | wc -c)
echo "build.sh: built $pkg (bouwstenen $version) in $((SECONDS - start)) s"
echo "build.sh: bouwstenen_bg.wasm after wasm-opt -Os: $raw bytes raw, $gz bytes gzip -9"
