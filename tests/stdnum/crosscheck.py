#!/usr/bin/env python3
"""Differential test of the lenient mode against the real python-stdnum 2.2.

The lenient mode promises: a value is accepted when the crate's strict policy accepts it OR
python-stdnum 2.2 accepts it, and then its compact form is the one python-stdnum gives (where
strict rejects). This script checks that promise on tens of thousands of inputs: the shared
vector inputs and mutations of them (separators, Unicode look-alikes, whitespace, case, deleted
and swapped characters), run through `bouwstenen check KIND` in both modes and through
python-stdnum.

Belgian IBANs are compared with python-stdnum's rules minus its NBB bank-code list, which the
crate deliberately does not use, and only on ASCII inputs (the crate's lenient mode does not map
look-alike characters in IBANs; see `ParseOptions::lenient`).

Usage: crosscheck.py PATH/TO/bouwstenen [COUNT_PER_ROW]
"""

import datetime
import json
import random
import subprocess
import sys
from pathlib import Path

import stdnum
from stdnum import bic, iso11649
from stdnum import iban as generic_iban
from stdnum.be import eid, nn, bis, ssn, vat, ogm_vcs
from stdnum.exceptions import ValidationError

assert stdnum.__version__ == "2.2", stdnum.__version__

HERE = Path(__file__).resolve().parent
VECTORS = HERE.parent / "data" / "ids" / "vectors.tsv"


def be_iban_without_bank_list(number):
    """stdnum.be.iban.validate without its bank-code lookup."""
    number = generic_iban.validate(number, check_country=False)
    if not number.startswith("BE"):
        raise ValidationError()
    body = number[4:-2]
    if number[-2:] != "%02d" % ((int(body) % 97) or 97):
        raise ValidationError()
    return number


# CLI kind -> (vector kind, python-stdnum validate, how our compact form relates to stdnum's)
KINDS = {
    "rrn": ("rrn", nn.validate, lambda c: c),
    "bis": ("bis", bis.validate, lambda c: c),
    "insz": ("insz", ssn.validate, lambda c: c),
    "enterprise": ("kbo", vat.validate, lambda c: c),
    "vat": ("vat_be", vat.validate, lambda c: "BE" + c),
    "ogm": ("ogm", ogm_vcs.validate, lambda c: c),
    "rf": ("rf", iso11649.validate, lambda c: c),
    "eid": ("eid_card", eid.validate, lambda c: c),
    "bic": ("bic", bic.validate, lambda c: c),
    "iban": ("iban_be", be_iban_without_bank_list, lambda c: c),
}

SEPARATORS = [" ", "-", ".", "/", "+", "*", "(0)", ",", ":", "\t", "\u00a0", "\u2013", "\u2212",
              "\u00b7", "\u2044", "\uff0f", "\u180a", "\u1680", "\u3000", "_", "(", ")"]
EDGES = ["", " ", "\x1c", "\x1f", "\t", "\u2028", "+++", "***", "BE", "be", "RF"]
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
MATH = {str(d): chr(0x1D7CE + d) for d in range(10)}


def unescape(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = field[i + 1]
        if n == "u":
            end = field.index("}", i)
            out.append(chr(int(field[i + 3:end], 16)))
            i = end + 1
        else:
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[n])
            i += 2
    return "".join(out)


def mutate(value, rng, ascii_only):
    s = list(value)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(7)
        if op == 0 and s:  # insert a separator
            s.insert(rng.randrange(len(s) + 1), rng.choice(SEPARATORS))
        elif op == 1:  # something at an edge
            if rng.random() < 0.5:
                s.insert(0, rng.choice(EDGES))
            else:
                s.append(rng.choice(EDGES))
        elif op == 2 and s:  # delete a character
            del s[rng.randrange(len(s))]
        elif op == 3 and len(s) > 1:  # swap two neighbours
            i = rng.randrange(len(s) - 1)
            s[i], s[i + 1] = s[i + 1], s[i]
        elif op == 4 and s:  # change a digit
            i = rng.randrange(len(s))
            if s[i].isdigit():
                s[i] = str(rng.randrange(10))
        elif op == 5:  # look-alike digits
            table = rng.choice([FULLWIDTH, MATH])
            s = [table.get(c, c) if rng.random() < 0.5 else c for c in s]
        else:  # case
            s = [c.lower() if rng.random() < 0.5 else c.upper() for c in s]
    out = "".join(s).replace("\n", "").replace("\r", "")
    if ascii_only:
        out = "".join(c for c in out if c.isascii())
    return out


def run(binary, kind, inputs, today, lenient):
    args = [binary, "check", kind, "--today", today] + (["--lenient"] if lenient else [])
    data = "".join(i + "\n" for i in inputs).encode("utf-8", "surrogatepass")
    proc = subprocess.run(args, input=data, capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed: {proc.stderr.decode()}")
    lines = [json.loads(line) for line in proc.stdout.decode().split("\n") if line]
    assert len(lines) == len(inputs), (kind, len(lines), len(inputs))
    return lines


def main():
    binary = sys.argv[1]
    per_row = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    rng = random.Random(20261129)
    today = datetime.date.today().isoformat()
    rows = [line.split("\t") for line in VECTORS.read_text().splitlines()[1:]]
    checked = failures = 0
    for kind, (vector_kind, validate, expected_compact) in KINDS.items():
        seeds = [unescape(r[1]) for r in rows if r[0] == vector_kind]
        if kind in ("rrn", "bis"):
            seeds += [unescape(r[1]) for r in rows if r[0] in ("rrn", "bis", "insz")]
        ascii_only = kind == "iban"
        inputs = sorted({mutate(s, rng, ascii_only) for s in seeds for _ in range(per_row)} | set(seeds))
        inputs = [i for i in inputs if "\n" not in i and "\r" not in i and (i.isascii() or not ascii_only)]
        strict = run(binary, kind, inputs, today, False)
        lenient = run(binary, kind, inputs, today, True)
        for value, s, l in zip(inputs, strict, lenient):
            try:
                theirs = validate(value)
            except (ValidationError, ValueError):
                theirs = None
            s_ok, l_ok = s["valid"], l["valid"]
            if kind == "iban":  # compare Belgian IBANs only
                s_ok = s_ok and s["normalized"].startswith("BE")
                l_ok = l_ok and l["normalized"].startswith("BE")
            expected = s_ok or theirs is not None
            problem = None
            if l_ok != expected:
                problem = f"lenient {l_ok}, expected strict {s_ok} or stdnum {theirs!r}"
            elif l_ok and not s_ok and l["normalized"] != expected_compact(theirs):
                problem = f"lenient gives {l['normalized']!r}, stdnum {theirs!r}"
            elif s_ok and l["normalized"] != s["normalized"]:
                problem = f"lenient gives {l['normalized']!r}, strict {s['normalized']!r}"
            checked += 1
            if problem:
                failures += 1
                if failures <= 40:
                    print(f"FAIL {kind} {value!r}: {problem}")
    print(f"stdnum crosscheck: {checked} inputs compared with python-stdnum {stdnum.__version__}")
    print(f"{checked - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
