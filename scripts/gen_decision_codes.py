#!/usr/bin/env python3
"""Generates src/decision/codes_data.rs, the LBLOD code lists of the decision component.

    python3 scripts/gen_decision_codes.py            # regenerate the Rust file
    python3 scripts/gen_decision_codes.py --check    # exit 1 when the committed file is out of date

Python 3.9+ standard library only, no network. The script reads the SKOS code lists (Turtle)
of the OSLO/LBLOD "lokale besluiten" theme from the shared data folder beside the repository,
`../shared/data/oslo/besluit/codelijsten/` (or `--source DIR`), as copied from
github.com/Informatievlaanderen/OSLOthema-lokaleBesluiten @ 0c16b454facc533c430c987210a42a01e5367295
(`codelijsten/`). The SHA-256 of every file is pinned below, so a changed file fails loudly.

The files are written by different tools (full-IRI N-Triples-like lines, prefixed Turtle with
`;` and `,`, tab-separated triples, long `\"\"\"` strings, `\\u` escapes), so they are read by a small
Turtle reader below: a tokenizer and a parser for the Turtle grammar, without the constructs
none of the files uses (blank nodes, collections, relative IRIs), which it rejects.

For every concept (`a skos:Concept` in the expected `skos:inScheme`) the generated table holds
its IRI exactly as written (http or https, case included: never rebuilt from a prefix), its
`skos:prefLabel` verbatim, its `skos:definition` (for the documentation) and its
`owl:deprecated` flag, plus a Rust identifier derived from the label:

1. drop a leading `[BUITEN GEBRUIK]` ("out of use") marker;
2. fold diacritics to ASCII (é -> e, ë -> e, ï -> i);
3. split on everything that is not an ASCII letter or digit, and write each word with an
   upper-case first letter and the rest in lower case (`OCMW vereniging` -> `OcmwVereniging`,
   `Meerjarenplan(aanpassing) BBC2020` -> `MeerjarenplanAanpassingBbc2020`);
4. put `N` in front of a name that starts with a digit;
5. when concepts of one code list get the same name, each deprecated one gets the suffix
   `Deprecated` (the two BesluitTypes "Andere": `Andere` and `AndereDeprecated`); if names
   still collide, each of the colliding concepts gets the suffix `Id` + the first 8 characters
   of its local id (the IRI's last path segment). The script fails if a name is still not
   unique.

Concepts are ordered by label (without the marker, folded, lower-cased), then by IRI.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "decision" / "codes_data.rs"
COMMAND = "python3 scripts/gen_decision_codes.py"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "oslo" / "besluit" / "codelijsten"
UPSTREAM = ("github.com/Informatievlaanderen/OSLOthema-lokaleBesluiten "
            "@ 0c16b454facc533c430c987210a42a01e5367295, codelijsten/")

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SKOS_CONCEPT = SKOS + "Concept"
SKOS_PREF_LABEL = SKOS + "prefLabel"
SKOS_DEFINITION = SKOS + "definition"
SKOS_IN_SCHEME = SKOS + "inScheme"
OWL_DEPRECATED = "http://www.w3.org/2002/07/owl#deprecated"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class CodeList:
    file: str
    sha256: str
    scheme: str
    enum: str
    title: str
    # The first sentence of the enum's documentation and of its JSON Schema description.
    summary: str
    # The local id of the concept that the enum's doctest uses.
    example: str
    # More documentation for the enum (Markdown lines), curated by hand.
    notes: tuple[str, ...] = ()


# The code lists, in the order the generated file declares them. Scheme IRIs are the files'
# own (`skos:inScheme`); note http for the LBLOD lists, https for the two OSLO ones.
CODE_LISTS = [
    CodeList(
        file="besluit-type.ttl",
        sha256="8b5858a6d7c8ee029bc70fa3ac201e66f1e238f8a09bb202519223f97ee1fb2d",
        scheme="https://data.vlaanderen.be/id/conceptscheme/BesluitType",
        enum="BesluitType",
        title="Decision type",
        summary="The type of a decision (*besluittype*): an additional `rdf:type` of a "
                "`besluit:Besluit` and the `eli:type_document` of what it enacts.",
        example="efa4ec5a-b006-453f-985f-f986ebae11bc",
        notes=(
            "Two concepts are labelled \"Andere\" (other): [`BesluitType::Andere`], the "
            "other regulations under \"Reglementen en verordeningen\", and the deprecated "
            "top concept [`BesluitType::AndereDeprecated`] (\"niet inzendplichtige "
            "besluiten\"), which Gelinkt Notuleren and many published decisions still use.",
        ),
    ),
    CodeList(
        file="document-type.ttl",
        sha256="a1a37dc1cceb427cb474a488af1bf54c789e46adb4a5f384aea44cf698f53af4",
        scheme="https://data.vlaanderen.be/id/conceptscheme/BesluitDocumentType",
        enum="DocumentType",
        title="Decision document type",
        summary="The type of a published document (*besluit document type*): agenda, "
                "decision list, minutes, extract, and the documents of the policy and "
                "management cycle.",
        example="3fa67785-ffdc-4b30-8880-2b99d97b4dee",
        notes=(
            "The deprecated concept `a48f2ded-…` was put in this list by mistake; the code "
            "list says it is replaced by the BesluitType `7927f4f4-…` (`dcterms:isReplacedBy`).",
        ),
    ),
    CodeList(
        file="bestuursorgaan-classificatie-code.ttl",
        sha256="cba095f1f7d0754d35b72763b7ad3bf635b446baf04c6dbf0c6d59f8729c5f22",
        scheme="http://data.vlaanderen.be/id/conceptscheme/BestuursorgaanClassificatieCode",
        enum="BestuursorgaanClassificatie",
        title="Governing body classification",
        summary="The kind of a governing body (*bestuursorgaan*): municipal council, college "
                "of mayor and aldermen, and also single-person organs such as the mayor.",
        example="5ab0e9b8a3b2ca7c5e000005",
    ),
    CodeList(
        file="bestuurseenheid-classificatie-code.ttl",
        sha256="6f47da7b69827a74a46c7ac23cd8fc5d8cb3ff870070c7a15b638780bd184054",
        scheme="http://data.vlaanderen.be/id/conceptscheme/BestuurseenheidClassificatieCode",
        enum="BestuurseenheidClassificatie",
        title="Administrative unit classification",
        summary="The kind of an administrative unit (*bestuurseenheid*): municipality, OCMW, "
                "province, police zone, intermunicipal associations and more.",
        example="5ab0e9b8a3b2ca7c5e000001",
    ),
    CodeList(
        file="bestuursfunctie-code.ttl",
        sha256="d9e60ca48b4feff6d2bad14982b1675fbba6e0e67d1507dbd9d598894d9beaf2",
        scheme="http://data.vlaanderen.be/id/conceptscheme/BestuursfunctieCode",
        enum="Bestuursfunctie",
        title="Governing function",
        summary="The function of a mandate (*bestuursfunctie*, the `org:role` of a "
                "`mandaat:Mandaat`): council member, mayor, alderman, general director and more.",
        example="5ab0e9b8a3b2ca7c5e000013",
    ),
    CodeList(
        file="mandataris-status-code.ttl",
        sha256="647b53700b58e289ea90c9458a94c062a30de8f5c6ae905369bf5fb928b5d48b",
        scheme="http://data.vlaanderen.be/id/conceptscheme/MandatarisStatusCode",
        enum="MandatarisStatus",
        title="Mandate holder status",
        summary="The status of a mandate holder (*mandataris*, `mandaat:status`): effective, "
                "titular, prevented or acting.",
        example="21063a5b-912c-4241-841c-cc7fb3c73e75",
    ),
    CodeList(
        file="functionaris-status-code.ttl",
        sha256="026faafe2bc5b0d6aa8bf3b786c1f3c964cbcf7d05f108f10bd19f19d85113c9",
        scheme="http://data.vlaanderen.be/id/conceptscheme/FunctionarisStatusCode",
        enum="FunctionarisStatus",
        title="Official status",
        summary="The status of an official (*functionaris*, such as the general director): "
                "appointed or acting.",
        example="45b4b155-d22a-4eaf-be3a-97022c6b7fcd",
        notes=(
            "Its concept IRIs are spelled `…/concept/functionarisStatusCode/…`, with a "
            "lower-case `f`, unlike the scheme.",
        ),
    ),
]


class DataError(Exception):
    """The code lists are not what this script expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DataError(message)


# ---------------------------------------------------------------------------------------------
# A small Turtle reader (https://www.w3.org/TR/turtle/): triples with IRIs, prefixed names,
# `a`, and string, boolean and numeric literals. Blank nodes, collections and relative IRIs
# do not occur in the code lists and are rejected.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Iri:
    value: str


@dataclass(frozen=True)
class Literal:
    value: str
    datatype: str = XSD_STRING
    language: str | None = None


PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
                r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
PN_CHARS_U = PN_CHARS_BASE + "_"
PN_CHARS = PN_CHARS_U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
PN_PREFIX = f"[{PN_CHARS_BASE}](?:[{PN_CHARS}.]*[{PN_CHARS}])?"
PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
PN_LOCAL = (f"(?:[{PN_CHARS_U}:0-9]|{PLX})"
            f"(?:(?:[{PN_CHARS}.:]|{PLX})*(?:[{PN_CHARS}:]|{PLX}))?")

TOKEN = re.compile(
    r"""
      (?P<ws>[ \t\r\n]+|\#[^\r\n]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<long>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
    | (?P<short>"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<dtype>\^\^)
    | (?P<number>[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+))
    | (?P<pname>(?:""" + PN_PREFIX + r""")?:(?:""" + PN_LOCAL + r""")?)
    | (?P<word>[A-Za-z]+)
    | (?P<punct>[.;,\[\]()])
    """,
    re.VERBOSE,
)

ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def unescape_string(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        text = match.group(0)
        if text[1] in "uU":
            return chr(int(text[2:], 16))
        check(text[1] in ECHAR, f"unknown string escape {text}")
        return ECHAR[text[1]]
    return re.sub(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", replace, body, flags=re.DOTALL)


def unescape_iri(body: str) -> str:
    return re.sub(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})",
                  lambda m: chr(int(m.group(0)[2:], 16)), body)


def tokenize(text: str, name: str) -> list[tuple[str, str, int]]:
    """The tokens of a Turtle document: (kind, text, line)."""
    tokens = []
    position = 0
    line = 1
    while position < len(text):
        match = TOKEN.match(text, position)
        check(match is not None, f"{name}:{line}: cannot read {text[position:position + 20]!r}")
        assert match is not None
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append((kind, match.group(0), line))
        line += match.group(0).count("\n")
        position = match.end()
    return tokens


def parse_turtle(text: str, name: str) -> list[tuple[str, str, Iri | Literal]]:
    """The triples of a Turtle document, as (subject IRI, predicate IRI, object)."""
    tokens = tokenize(text, name)
    prefixes: dict[str, str] = {}
    triples: list[tuple[str, str, Iri | Literal]] = []
    at = 0

    def peek() -> tuple[str, str, int]:
        return tokens[at] if at < len(tokens) else ("eof", "", -1)

    def take(kind: str | None = None, value: str | None = None) -> tuple[str, str, int]:
        nonlocal at
        token = peek()
        wanted = " ".join(x for x in (kind, value) if x)
        check((kind is None or token[0] == kind) and (value is None or token[1] == value),
              f"{name}:{token[2]}: expected {wanted}, found {token[1]!r}")
        at += 1
        return token

    def iri(token: tuple[str, str, int]) -> str:
        kind, value, line = token
        if kind == "iri":
            result = unescape_iri(value[1:-1])
            check(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", result) is not None,
                  f"{name}:{line}: relative IRI {value}")
            return result
        if kind == "pname":
            prefix, local = value.split(":", 1)
            check(prefix in prefixes, f"{name}:{line}: undeclared prefix {prefix}:")
            local = re.sub(r"\\(.)", r"\1", local)
            return prefixes[prefix] + local
        raise DataError(f"{name}:{line}: expected an IRI, found {value!r}")

    def obj() -> Iri | Literal:
        kind, value, line = peek()
        if kind in ("iri", "pname"):
            return Iri(iri(take()))
        if kind in ("long", "short"):
            take()
            quote = 3 if kind == "long" else 1
            text = unescape_string(value[quote:-quote])
            if peek()[0] == "lang":
                return Literal(text, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
                               take()[1][1:].lower())
            if peek()[0] == "dtype":
                take()
                return Literal(text, iri(take()))
            return Literal(text)
        if kind == "word" and value in ("true", "false"):
            take()
            return Literal(value, XSD_BOOLEAN)
        if kind == "number":
            take()
            datatype = "decimal" if "." in value else "integer"
            if "e" in value.lower():
                datatype = "double"
            return Literal(value, "http://www.w3.org/2001/XMLSchema#" + datatype)
        raise DataError(f"{name}:{line}: unsupported object {value!r}")

    while peek()[0] != "eof":
        kind, value, line = peek()
        if value in ("@prefix", "PREFIX") or (kind == "word" and value.upper() == "PREFIX"):
            take()
            # "@prefix" is tokenized as a language tag.
            prefix = take("pname")[1]
            check(prefix.endswith(":"), f"{name}:{line}: bad prefix {prefix}")
            prefixes[prefix[:-1]] = iri(take("iri"))
            if value == "@prefix":
                take("punct", ".")
            continue
        check(value not in ("@base",) and value.upper() != "BASE",
              f"{name}:{line}: @base is not supported")
        check(kind in ("iri", "pname"), f"{name}:{line}: unsupported subject {value!r}")
        subject = iri(take())
        while True:
            kind, value, line = peek()
            predicate = RDF_TYPE if (kind, value) == ("word", "a") else None
            if predicate is None:
                predicate = iri(peek())
            take()
            while True:
                triples.append((subject, predicate, obj()))
                if peek()[1] != ",":
                    break
                take()
            if peek()[1] != ";":
                break
            while peek()[1] == ";":
                take()
            if peek()[1] == ".":
                break
        take("punct", ".")
    return triples


# ---------------------------------------------------------------------------------------------
# The concepts.
# ---------------------------------------------------------------------------------------------


@dataclass
class Concept:
    iri: str
    label: str
    definition: str | None
    deprecated: bool
    name: str = ""


def fold(text: str) -> str:
    """The text with diacritics removed (é -> e)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def without_marker(label: str) -> str:
    """The label without a leading "[BUITEN GEBRUIK]" (out of use) marker."""
    return re.sub(r"^\s*\[BUITEN GEBRUIK\]\s*", "", label)


def base_name(label: str) -> str:
    """The identifier of a label, before disambiguation (steps 1 to 4 of the rule)."""
    label = without_marker(label)
    folded = fold(label)
    check(all(c.isascii() or not c.isalnum() for c in folded),
          f"a letter or digit in {label!r} has no ASCII form")
    words = re.split(r"[^A-Za-z0-9]+", folded)
    name = "".join(w[:1].upper() + w[1:].lower() for w in words if w)
    check(name != "", f"no identifier in the label {label!r}")
    return "N" + name if name[0].isdigit() else name


def local_id(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def assign_names(concepts: list[Concept], enum: str) -> None:
    by_name: dict[str, list[Concept]] = {}
    for c in concepts:
        c.name = base_name(c.label)
        by_name.setdefault(c.name, []).append(c)
    for group in by_name.values():
        if len(group) > 1:
            for c in group:
                if c.deprecated:
                    c.name += "Deprecated"
    by_name = {}
    for c in concepts:
        by_name.setdefault(c.name, []).append(c)
    for group in by_name.values():
        if len(group) > 1:
            for c in group:
                short = re.sub(r"[^A-Za-z0-9]", "", local_id(c.iri))[:8]
                c.name += "Id" + short[:1].upper() + short[1:].lower()
    names = [c.name for c in concepts]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    check(not duplicates, f"{enum}: names still not unique: {duplicates}")
    check(all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) for n in names),
          f"{enum}: a name is not an ASCII CamelCase identifier")


def read_code_list(source: Path, code_list: CodeList) -> list[Concept]:
    path = source / code_list.file
    content = path.read_bytes()
    actual = hashlib.sha256(content).hexdigest()
    check(actual == code_list.sha256,
          f"{code_list.file}: sha256 {actual}, expected {code_list.sha256}")
    triples = parse_turtle(content.decode("utf-8"), code_list.file)

    properties: dict[str, dict[str, list[Iri | Literal]]] = {}
    for s, p, o in triples:
        properties.setdefault(s, {}).setdefault(p, []).append(o)

    concepts = []
    for subject, props in properties.items():
        types = props.get(RDF_TYPE, [])
        in_scheme = props.get(SKOS_IN_SCHEME, [])
        is_concept = Iri(SKOS_CONCEPT) in types
        if not is_concept:
            check(not in_scheme, f"{subject} is in a scheme but not a skos:Concept")
            continue
        check(in_scheme == [Iri(code_list.scheme)],
              f"{subject}: skos:inScheme {in_scheme}, expected {code_list.scheme}")

        def text(predicate: str, required: bool) -> str | None:
            values = props.get(predicate, [])
            check(len(values) <= 1 and (len(values) == 1 or not required),
                  f"{subject}: {len(values)} values of {predicate}")
            if not values:
                return None
            value = values[0]
            check(isinstance(value, Literal) and value.language in (None, "nl")
                  and value.datatype in (XSD_STRING,
                                         "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"),
                  f"{subject}: {predicate} is not a string: {value}")
            assert isinstance(value, Literal)
            return value.value

        label = text(SKOS_PREF_LABEL, required=True)
        assert label is not None
        check(label.strip() != "" and not any(unicodedata.category(c) == "Cc" for c in label),
              f"{subject}: label {label!r}")
        deprecated = props.get(OWL_DEPRECATED, [])
        check(deprecated in ([], [Literal("true", XSD_BOOLEAN)], [Literal("false", XSD_BOOLEAN)]),
              f"{subject}: owl:deprecated {deprecated}")
        concepts.append(Concept(
            iri=subject,
            label=label,
            definition=text(SKOS_DEFINITION, required=False),
            deprecated=deprecated == [Literal("true", XSD_BOOLEAN)],
        ))
    check(len(concepts) > 0, f"{code_list.file}: no concepts")
    concepts.sort(key=lambda c: (fold(without_marker(c.label)).lower(), c.iri))
    assign_names(concepts, code_list.enum)
    examples = [c for c in concepts if local_id(c.iri) == code_list.example]
    check(len(examples) == 1 and not examples[0].deprecated,
          f"{code_list.file}: the example {code_list.example} is not an active concept")
    return concepts


# ---------------------------------------------------------------------------------------------
# Writing Rust.
# ---------------------------------------------------------------------------------------------


def rs(text: str) -> str:
    """A Rust string literal."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") or (c.isspace() and c != " "):
            out.append(f"\\u{{{ord(c):x}}}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def markdown(text: str) -> str:
    """Text for a doc comment: one line, Markdown punctuation escaped."""
    text = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>&~|#])", r"\\\1", text)


def render(lists: list[tuple[CodeList, list[Concept]]]) -> str:
    out = io.StringIO()
    w = out.write
    w("// @generated by scripts/gen_decision_codes.py; do not edit by hand.\n")
    w(f"// Regenerate with `{COMMAND}`; CI runs `{COMMAND} --check`.\n")
    w("//\n")
    w("// The SKOS code lists of OSLO/LBLOD \"lokale besluiten\", read from the shared data folder\n")
    w("// ../shared/data/oslo/besluit/codelijsten/ (copied from\n")
    w(f"// {UPSTREAM}).\n")
    w("// SHA-256 of the files read:\n")
    for code_list, _ in lists:
        w(f"//   {code_list.sha256}  {code_list.file}\n")
    w("//\n")
    w("// Each table becomes an enum through `code_list!` (codes.rs): variant = (concept IRI exactly\n")
    w("// as in the file, skos:prefLabel verbatim, owl:deprecated). Variant names are derived from\n")
    w("// the labels by the rule in the script's documentation.\n")
    w("\n")
    w("use super::codes::code_list;\n")
    for code_list, concepts in lists:
        deprecated = sum(c.deprecated for c in concepts)
        example = next(c for c in concepts if local_id(c.iri) == code_list.example)
        w("\n")
        w("code_list! {\n")
        w(f"    /// {code_list.summary}\n")
        w("    ///\n")
        count = f"{len(concepts)} concepts"
        if deprecated:
            count += f", {deprecated} of them deprecated"
        w(f"    /// The code list `{code_list.scheme}` ({count}),\n")
        w(f"    /// from `{code_list.file}`. A value is read and written as its concept IRI, exactly")
        if deprecated:
            w(";\n    /// deprecated concepts are kept so that older data can still be read")
        w(".\n")
        for note in code_list.notes:
            w("    ///\n")
            w(f"    /// {note}\n")
        w("    ///\n")
        w("    /// ```\n")
        w(f"    /// use bouwstenen::decision::{code_list.enum};\n")
        w("    ///\n")
        w(f"    /// let iri = {rs(example.iri)};\n")
        w(f"    /// let code: {code_list.enum} = iri.parse()?;\n")
        w(f"    /// assert_eq!(code, {code_list.enum}::{example.name});\n")
        w(f"    /// assert_eq!(code.label(), {rs(example.label)});\n")
        w("    /// assert_eq!(code.to_string(), iri);\n")
        w("    /// assert!(!code.is_deprecated());\n")
        w("    /// assert_eq!(serde_json::to_value(code).unwrap(), iri);\n")
        w(f"    /// assert!({rs(example.label)}.parse::<{code_list.enum}>().is_err());\n")
        w("    /// # Ok::<(), bouwstenen::decision::DecisionError>(())\n")
        w("    /// ```\n")
        w(f"    {code_list.enum}, title: {rs(code_list.title)},\n")
        w(f"    description: {rs(code_list.summary.replace('*', '').replace('`', ''))},\n")
        w(f"    list: {rs('the code list ' + code_list.scheme)} {{\n")
        for c in concepts:
            w(f"        /// {markdown(c.label)}{' (deprecated)' if c.deprecated else ''}\n")
            w("        ///\n")
            w(f"        /// `{c.iri}`\n")
            if c.definition and c.definition.strip() != c.label.strip():
                w("        ///\n")
                w(f"        /// {markdown(c.definition)}\n")
            w(f"        {c.name} = ({rs(c.iri)}, {rs(c.label)}, "
              f"{'true' if c.deprecated else 'false'}),\n")
        w("    }\n")
        w("}\n")
    return out.getvalue()


def generate(source: Path) -> str:
    lists = [(code_list, read_code_list(source, code_list)) for code_list in CODE_LISTS]
    return render(lists)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed file differs from what would be generated")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, metavar="DIR",
                        help="the folder of the Turtle files (default: "
                             "../shared/data/oslo/besluit/codelijsten beside the repository)")
    args = parser.parse_args()
    try:
        text = generate(args.source)
    except (DataError, OSError, UnicodeDecodeError) as error:
        print(f"gen_decision_codes: {error}", file=sys.stderr)
        return 2
    relative = OUTPUT.relative_to(ROOT)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{relative} is out of date; run `{COMMAND}` and commit the result",
                  file=sys.stderr)
            return 1
        print(f"{relative} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
