#!/usr/bin/env python3
"""Checks the minimum supported Rust version that Cargo.toml states.

Only the installed toolchain can be used here (no other one can be fetched), so the check has
two parts: clippy's `incompatible_msrv` lint (run by the clippy step) flags standard-library
items newer than the MSRV in our own code, and this script checks that every dependency the
library and the command line tool resolve to supports the MSRV too.
"""

import json
import subprocess
import sys
import tomllib


def version(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


with open("Cargo.toml", "rb") as f:
    manifest = tomllib.load(f)
msrv = manifest["workspace"]["package"]["rust-version"]

metadata = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
packages = {p["id"]: p for p in metadata["packages"]}
nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
roots = [p["id"] for p in metadata["packages"] if p["name"] in ("bouwstenen", "bouwstenen-cli")]

# Walk the normal and build dependencies (not dev-dependencies: tests and benches may need newer).
seen, stack = set(), list(roots)
while stack:
    node = nodes[stack.pop()]
    for dep in node["deps"]:
        kinds = {k["kind"] for k in dep["dep_kinds"]}
        if kinds & {None, "build"} and dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            stack.append(dep["pkg"])

too_new = []
for pid in sorted(seen, key=lambda i: packages[i]["name"]):
    pkg = packages[pid]
    if pkg.get("rust_version") and version(pkg["rust_version"]) > version(msrv):
        too_new.append(f'{pkg["name"]} {pkg["version"]} needs Rust {pkg["rust_version"]}')

for p in roots:
    declared = packages[p].get("rust_version")
    if declared != msrv:
        too_new.append(f'{packages[p]["name"]} declares rust-version {declared}, not {msrv}')

if too_new:
    print(f"MSRV {msrv} is not met:\n  " + "\n  ".join(too_new))
    sys.exit(1)
print(f"MSRV {msrv}: all {len(seen)} dependencies of the library and the CLI support it")
