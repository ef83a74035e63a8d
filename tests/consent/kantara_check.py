#!/usr/bin/env python3
"""Checks the crate's Kantara Consent Receipt v1.1 exports against a corrected Kantara schema.

Reads from standard input one JSON receipt, a JSON array of receipts, or JSON Lines (one
receipt per line), e.g. the Kantara output of `cargo run --example consent_export`.

The published JSON Schema (`../shared/data/consent/kantara/
kantara-consent-receipt-v1_1-schema.draft6.jsonc`, KantaraInitiative/consent-receipt-v-next
@ f5c5d689e9435075aa121109d161ab277dbcee04, `CR_v1_1/kantara-consent-receipt-v1_1-schema.json`,
"v 1.1.0 DRAFT 6 2017-11-17", JSON Schema draft-04) is not valid JSON: it has `//` comments.
This script reads it at run time (never copied into the repository: its licence is Kantara's
IPR policy), removes the comments outside strings, parses it, and applies the corrections in
CORRECTIONS below, each with its reason (the consent note, section 2, lists the defects). Each
correction first checks that the schema still has the defect, so a changed file fails loudly.

Every receipt is then validated with the `jsonschema` package (Draft4Validator) and checked
for what the schema does not say (`structure_problems` below): version "KI-CR-v1.1.0", consentTimestamp
an integer number of seconds, every service with at least one purpose, a thirdPartyName when
thirdPartyDisclosure is true, at least one PII controller (and: at least one service, no
empty purposeCategory or piiCategory, `sensitive` not false when spiCat lists categories).
Kantara's own example
(`kantara-consent-receipt-v1_1-example.json`) must pass too, so that the corrections do not
reject the reference.

Exit status: 0 when every receipt passes, 1 otherwise (each problem is printed with the
receipt and the JSON path), 2 on a usage error (no Kantara data folder, the schema cannot be
read or corrected, or Kantara's example fails).

    python3 -m venv target/oslo-venv
    target/oslo-venv/bin/pip install jsonschema==4.23.0
    cargo run --example consent_export --locked | target/oslo-venv/bin/python tests/consent/kantara_check.py
"""

import argparse
import copy
import hashlib
import json
import sys
from pathlib import Path

from jsonlines import read_documents

from jsonschema import Draft4Validator

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared").resolve()
SCHEMA_FILE = "kantara-consent-receipt-v1_1-schema.draft6.jsonc"
SCHEMA_SHA256 = "e5ca5f6a7b7c499b00e6dc5473271ca194693546165a7191c151c615f2e68d2a"
EXAMPLE_FILE = "kantara-consent-receipt-v1_1-example.json"
VERSION = "KI-CR-v1.1.0"
# consentTimestamp is in seconds; 10^10 s is the year 2286, 10^10 ms is April 1970, so a value
# at or above it is taken for milliseconds.
MAX_TIMESTAMP = 10_000_000_000


class SchemaError(Exception):
    """The published schema is not what the corrections expect."""


def strip_comments(text):
    """The text without `//` line comments and `/* */` block comments outside JSON strings."""
    out = []
    i = 0
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1:i + 2])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end  # keep the newline
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise SchemaError("unterminated /* comment")
            out.append(" ")
            i = end + 2
        else:
            out.append(c)
            i += 1
    if in_string:
        raise SchemaError("unterminated string")
    return "".join(out)


def at(schema, *path):
    """The sub-schema at `path`, or SchemaError."""
    node = schema
    for key in path:
        if not isinstance(node, dict) or key not in node:
            raise SchemaError(f"the schema has no {'/'.join(path)}")
        node = node[key]
    return node


ITEMS = {
    "receipt": (),
    "piiControllers item": ("properties", "piiControllers", "items"),
    "services item": ("properties", "services", "items"),
    "purposes item": ("properties", "services", "items", "properties", "purposes", "items"),
}


def require_purpose(schema):
    """`purpose` is required in a purpose.

    The published schema lists `purpose` (the human-readable statement of the purpose) but does
    not require it (consent note, section 2: "not required!"), so a receipt could list purposes
    by category codes only and tell the PII principal nothing. Every purpose of Kantara's
    example has one, and the crate always writes it."""
    item = at(schema, *ITEMS["purposes item"])
    if at(item, "properties", "purpose") != {"type": "string"} or "purpose" in item["required"]:
        raise SchemaError("purposes item: `purpose` is no longer an optional string")
    item["required"].append("purpose")


def declare_third_party(schema):
    """`thirdPartyDisclosure` and `thirdPartyName` are declared in the purpose's `properties`.

    The published schema declares them only inside the two `oneOf` branches, so a
    `thirdPartyName` that is not a string passes when thirdPartyDisclosure is false, and the
    `additionalProperties: false` below would reject both members. The `oneOf` stays as it is."""
    item = at(schema, *ITEMS["purposes item"])
    if "thirdPartyDisclosure" in item["properties"] or len(at(item, "oneOf")) != 2:
        raise SchemaError("purposes item: thirdPartyDisclosure is no longer only in oneOf")
    item["properties"]["thirdPartyDisclosure"] = {"type": "boolean"}
    item["properties"]["thirdPartyName"] = {"type": "string"}


def close_objects(schema):
    """No members beyond the ones the specification defines (`additionalProperties: false`).

    The published schema allows any member everywhere, so a misspelt optional member
    (`primaryPurpse`, `pubicKey`) would pass unnoticed and a reader would miss the value; the
    crate writes only the members of v1.1. `address` stays open: v1.1 does not define its
    members (Kantara's example uses schema.org's PostalAddress names)."""
    for name, path in ITEMS.items():
        item = at(schema, *path)
        if "additionalProperties" in item or "properties" not in item:
            raise SchemaError(f"{name}: already closed or without properties")
        item["additionalProperties"] = False


# The corrections, in order.
CORRECTIONS = [require_purpose, declare_third_party, close_objects]


def corrected_schema(folder):
    data = (folder / SCHEMA_FILE).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SCHEMA_SHA256:
        raise SchemaError(f"{SCHEMA_FILE}: sha256 {digest}, expected {SCHEMA_SHA256}; review the "
                          "new file and the corrections, then update the pin")
    try:
        schema = json.loads(strip_comments(data.decode("utf-8")))
    except json.JSONDecodeError as error:
        raise SchemaError(f"{SCHEMA_FILE} without comments is not JSON: {error}") from None
    if schema.get("$schema") != "http://json-schema.org/draft-04/schema#":
        raise SchemaError(f"{SCHEMA_FILE}: $schema {schema.get('$schema')!r}, expected draft-04")
    original = copy.deepcopy(schema)
    for correction in CORRECTIONS:
        correction(schema)
    Draft4Validator.check_schema(schema)
    return original, schema


def json_path(parts):
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def schema_problems(validator, receipt):
    problems = []
    for error in sorted(validator.iter_errors(receipt), key=lambda e: list(e.absolute_path)):
        message = error.message
        if error.validator == "oneOf" and error.context:
            reasons = sorted({f"{json_path(e.absolute_path)}: {e.message}" for e in error.context})
            message = "matches neither thirdPartyDisclosure branch (" + "; ".join(reasons) + ")"
        if error.validator == "additionalProperties":
            message += " (not a Kantara v1.1 member)"
        problems.append((json_path(error.absolute_path), message))
    return problems


def structure_problems(receipt):
    """What the schema does not say: (JSON path, message) pairs."""
    problems = []
    if not isinstance(receipt, dict):
        return [("$", "a receipt must be a JSON object")]
    if "version" in receipt and receipt["version"] != VERSION:
        problems.append(("$.version", f"{receipt['version']!r}, expected {VERSION!r}"))
    timestamp = receipt.get("consentTimestamp")
    if "consentTimestamp" in receipt:
        if isinstance(timestamp, bool) or not isinstance(timestamp, int):
            problems.append(("$.consentTimestamp",
                             f"{timestamp!r} is not an integer number of seconds"))
        elif not 0 <= timestamp < MAX_TIMESTAMP:
            problems.append(("$.consentTimestamp",
                             f"{timestamp} is not seconds since 1970 (milliseconds?)"))
    controllers = receipt.get("piiControllers")
    if isinstance(controllers, list) and not controllers:
        problems.append(("$.piiControllers", "no PII controller"))
    services = receipt.get("services")
    if isinstance(services, list):
        if not services:
            problems.append(("$.services", "no service"))
        for s, service in enumerate(services):
            purposes = service.get("purposes") if isinstance(service, dict) else None
            if isinstance(purposes, list) and not purposes:
                problems.append((f"$.services[{s}].purposes", "a service without a purpose"))
            for p, purpose in enumerate(purposes if isinstance(purposes, list) else []):
                if not isinstance(purpose, dict):
                    continue
                where = f"$.services[{s}].purposes[{p}]"
                if purpose.get("thirdPartyDisclosure") is True and not (
                    isinstance(purpose.get("thirdPartyName"), str)
                    and purpose["thirdPartyName"].strip()
                ):
                    problems.append((f"{where}.thirdPartyName",
                                     "missing or empty while thirdPartyDisclosure is true"))
                for member in ("purposeCategory", "piiCategory"):
                    if purpose.get(member) == []:
                        problems.append((f"{where}.{member}", "empty"))
    spi = receipt.get("spiCat")
    if isinstance(spi, list) and spi and receipt.get("sensitive") is False:
        problems.append(("$.sensitive", "false although spiCat lists sensitive categories"))
    return problems


def check(validator, receipt):
    problems = schema_problems(validator, receipt) + structure_problems(receipt)
    return list(dict.fromkeys(problems))


def name(label, receipt):
    identifier = receipt.get("consentReceiptID") if isinstance(receipt, dict) else None
    return f"{label} ({identifier})" if isinstance(identifier, str) else label


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, metavar="DIR",
                        help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--print-schema", action="store_true",
                        help="print the corrected schema and exit (for reviewing)")
    args = parser.parse_args()
    folder = args.shared / "data" / "consent" / "kantara"
    try:
        _, schema = corrected_schema(folder)
        example = json.loads((folder / EXAMPLE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, SchemaError) as error:
        print(f"kantara_check: {error}", file=sys.stderr)
        return 2
    if args.print_schema:
        print(json.dumps(schema, indent=2))
        return 0
    validator = Draft4Validator(schema)
    reference = check(validator, example)
    if reference:
        for path, message in reference:
            print(f"kantara_check: Kantara's example {EXAMPLE_FILE} {path}: {message}",
                  file=sys.stderr)
        print("kantara_check: the corrections reject Kantara's own example", file=sys.stderr)
        return 2
    try:
        receipts = read_documents(sys.stdin.read(), "receipt")
    except ValueError as error:
        print(f"kantara_check: {error}")
        return 1
    if not receipts:
        print("kantara_check: no receipts on standard input")
        return 1
    failures = 0
    for label, receipt in receipts:
        problems = check(validator, receipt)
        services = receipt.get("services") if isinstance(receipt, dict) else None
        purposes = sum(len(s.get("purposes") or []) for s in services or []
                       if isinstance(s, dict) and isinstance(s.get("purposes"), list))
        status = "FAIL" if problems else "ok"
        print(f"{status} {name(label, receipt)}: {len(services or [])} services, "
              f"{purposes} purposes, {len(problems)} problems")
        for path, message in problems:
            print(f"    {name(label, receipt)} {path}: {message}")
        failures += bool(problems)
    print(f"kantara_check: {len(receipts)} receipts, {failures} failed (schema: {SCHEMA_FILE} "
          f"with {len(CORRECTIONS)} corrections; Kantara's example passes)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
