#!/usr/bin/env python3
"""Checks the crate's DPV-27560 JSON-LD consent records with pyld against the DPV term lists.

Reads from standard input one JSON document, a JSON array of documents, or JSON Lines (one
document per line), e.g. the output of `cargo run --example consent_export`. Each document is a
consent record or receipt in the DPV-27560 JSON-LD form (W3C DPVCG guide "Consent Records and
Receipts as per ISO/IEC TS 27560:2023 using DPV") and must embed its `@context` as an object,
like `../shared/data/consent/examples/consent-record.context.jsonld`. For each document:

1. the JSON is walked for what JSON-LD would drop silently: a key that is neither a keyword, a
   term of the context nor a CURIE/IRI, and (in the expanded form) a relative `@id` or
   `@type` (pyld leaves those out of the RDF without a word);
2. pyld 2.0.4 expands it and converts it to RDF, with a document loader that refuses the
   network: a context given by reference (a string) fails;
3. every IRI of the RDF (subjects, predicates, objects including rdf:type values, datatypes,
   graph names) in a DPV namespace (dpv, pd, loc, eu-gdpr, legal-eu, legal-be,
   sector-publicservices, dpv-27560) must be a term of DPV 2.3: the `iri` column of every CSV
   under `../shared/data/consent/dpv/`, and the subjects of `27560/dpv-27560-schema.ttl`
   (read with rdflib); a DPV predicate must be a DPV property, a DPV rdf:type value a DPV class.
   Any other `https://w3id.org/dpv...` IRI (another extension, http instead of https) fails;
4. every other IRI in a vocabulary position (predicate, rdf:type value, datatype) must be in
   one of the other vocabulary namespaces a record uses (Dublin Core terms, SKOS, RDF, XSD,
   schema.org, SPDX); an IRI in the other scheme (http for https or the reverse) of one of
   them fails wherever it is. Instance identifiers (subjects, other objects, graph names:
   records, events, the data subject's pseudonym, parties, notices, URLs) may be any absolute
   `urn:` (`urn:<NID>:<NSS>`, RFC 8141), `http:` or `https:` IRI outside those namespaces, such
   as `urn:x-pseudonym:42` or `https://data.vlaanderen.be/id/organisatie/OVO002949`; a
   `urn:uuid:` must hold a lower-case UUID, and an IRI of another scheme fails (it is mostly a
   CURIE whose prefix the context does not define, such as `dvp:Marketing`);
5. no literal may be an unexpanded CURIE of a known prefix (the DPV prefixes and every prefix
   the document's context defines), the pitfall of the consent note's section 3.3
   (`"dpv:hasPurpose": "dpv:Marketing"` without `"@type": "@id"` gives the string
   "dpv:Marketing"), nor a DPV IRI written as a string.

It prints one summary line per document (its `@id`, triples, IRIs checked) and each problem.
Exit status: 0 when every document passes, 1 otherwise, 2 on a usage error (no DPV data folder).

    python3 -m venv target/oslo-venv
    target/oslo-venv/bin/pip install pyld==2.0.4 rdflib==7.6.0
    cargo run --example consent_export --locked | target/oslo-venv/bin/python tests/consent/dpv_check.py
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from jsonlines import read_documents

from pyld import jsonld
from rdflib import Graph, URIRef

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared").resolve()

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# The DPV namespaces whose IRIs must be DPV terms, by prefix (consent note, section 3.1).
DPV_NAMESPACES = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "loc": "https://w3id.org/dpv/loc#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "legal-eu": "https://w3id.org/dpv/legal/eu#",
    "legal-be": "https://w3id.org/dpv/legal/be#",
    "sector-publicservices": "https://w3id.org/dpv/sector/publicservices#",
    "dpv-27560": "https://w3id.org/dpv/schema/dpv-27560#",
}
DPV_ROOTS = ("https://w3id.org/dpv", "http://w3id.org/dpv")
# The other vocabulary namespaces a record may use (no term lists: any term of them passes).
ALLOWED_NAMESPACES = (
    "http://purl.org/dc/terms/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2001/XMLSchema#",
    "https://schema.org/",
    "http://spdx.org/rdf/terms#",
)
# The same namespaces in the other scheme (`http://schema.org/`): not the vocabulary, and no
# instance identifier either.
WRONG_SCHEME_NAMESPACES = tuple(
    ("https:" + ns[len("http:"):]) if ns.startswith("http:") else ("http:" + ns[len("https:"):])
    for ns in ALLOWED_NAMESPACES
)
# Where an IRI names an instance (a record, an event, a party, a notice, a URL) rather than a
# term of a vocabulary.
INSTANCE_ROLES = ("subject", "object", "graph")
UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# An instance identifier: a URN (RFC 8141: `urn:`, a namespace identifier, `:`, the rest) or an
# http(s) URL with a host.
URN = re.compile(r"^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\S+$", re.IGNORECASE)
URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9._-]*):(\S+)$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def refuse_network(url, options=None):
    """pyld document loader: every context must be embedded."""
    raise jsonld.JsonLdError(
        f"refusing to load the context {url!r}: the document must embed its context",
        "jsonld.LoadDocumentError",
        code="loading document failed",
    )


def load_terms(shared):
    """DPV 2.3 terms: IRI -> "class" or "property" (the 27560 profiles are classes)."""
    folder = shared / "data" / "consent" / "dpv"
    files = sorted(folder.rglob("*.csv"))
    if not files:
        raise FileNotFoundError(f"no DPV CSV files under {folder}")
    terms = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                kind = row.get("type")
                if not row.get("iri") or kind not in ("class", "property"):
                    raise ValueError(f"{path}: row without iri/type: {row}")
                if terms.setdefault(row["iri"], kind) != kind:
                    raise ValueError(f"{path}: {row['iri']} is both a class and a property")
    schema = Graph()
    schema.parse(folder / "27560" / "dpv-27560-schema.ttl", format="turtle")
    profiles = {s for s in schema.subjects() if isinstance(s, URIRef)
                and str(s).startswith(DPV_NAMESPACES["dpv-27560"])}
    if not profiles:
        raise ValueError("no dpv-27560 terms in 27560/dpv-27560-schema.ttl")
    for iri in profiles:
        terms[str(iri)] = "class"
    return terms, len(files)


def context_prefixes(context, prefixes, terms, problems, where):
    """Reads an embedded context: its prefixes (term -> IRI ending in / # :) and terms."""
    for item in context if isinstance(context, list) else [context]:
        if item is None:
            continue
        if not isinstance(item, dict):
            problems.append(f"{where}: context {item!r} is not embedded (documents must embed "
                            "their context)")
            continue
        for term, definition in item.items():
            if term.startswith("@"):
                continue
            terms.add(term)
            iri = definition if isinstance(definition, str) else (
                definition.get("@id") if isinstance(definition, dict) else None)
            if isinstance(iri, str) and ":" not in term and iri[-1:] in ("/", "#", ":"):
                prefixes[term] = iri


def check_keys(node, terms, prefixes, problems, path):
    """Keys that JSON-LD expansion would drop without a word, and string contexts."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            check_keys(item, terms, prefixes, problems, f"{path}[{index}]")
        return
    if not isinstance(node, dict):
        return
    if "@context" in node:
        terms, prefixes = set(terms), dict(prefixes)
        context_prefixes(node["@context"], prefixes, terms, problems, f"{path}.@context")
    for key, value in node.items():
        if key == "@context":
            continue
        if not (key.startswith("@") or key in terms or ":" in key):
            problems.append(f"{path}: key {key!r} is not a term of the context, a CURIE or an "
                            "IRI; JSON-LD drops it")
        check_keys(value, terms, prefixes, problems, f"{path}.{key}")


def check_expanded(node, problems):
    """Relative @id and @type values, which to_rdf leaves out without a word."""
    if isinstance(node, list):
        for item in node:
            check_expanded(item, problems)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "@id" and isinstance(value, str) and not (
            value.startswith("_:") or ABSOLUTE_IRI.match(value)
        ):
            problems.append(f"relative @id {value!r} (no triple is produced for it)")
        elif key == "@type" and "@value" not in node:
            for t in value if isinstance(value, list) else [value]:
                if isinstance(t, str) and not (t.startswith("_:") or ABSOLUTE_IRI.match(t)):
                    problems.append(f"relative @type {t!r} (no triple is produced for it)")
        elif key == "@type" and isinstance(value, str) and not ABSOLUTE_IRI.match(value):
            problems.append(f"relative datatype {value!r}")
        check_expanded(value, problems)


def short(iri, prefixes):
    for prefix, namespace in sorted(prefixes.items(), key=lambda p: -len(p[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def check_iri(iri, role, predicate, terms, prefixes, problems):
    """One IRI of the RDF; `role` is subject, predicate, object, type, datatype or graph.

    Returns whether the IRI is a DPV term."""
    where = {"subject": "subject", "predicate": "predicate", "graph": "graph name",
             "type": "rdf:type value"}.get(role) or f"{role} of {short(predicate, prefixes)}"
    for namespace in sorted(DPV_NAMESPACES.values(), key=len, reverse=True):
        if iri.startswith(namespace):
            kind = terms.get(iri)
            if kind is None:
                problems.append(f"{short(iri, prefixes)} ({where}) is not a DPV 2.3 term")
            elif role == "predicate" and kind != "property":
                problems.append(f"{short(iri, prefixes)} is used as a predicate but is a DPV class")
            elif role == "type" and kind != "class":
                problems.append(f"{short(iri, prefixes)} is used as an rdf:type but is a DPV "
                                "property")
            return kind is not None
    if iri.startswith(DPV_ROOTS):
        problems.append(f"<{iri}> ({where}) is in no DPV namespace this check knows (DPV IRIs "
                        "are https and end their namespace in #)")
        return False
    if iri.startswith(ALLOWED_NAMESPACES):
        return False
    if iri.startswith(WRONG_SCHEME_NAMESPACES):
        problems.append(f"<{iri}> ({where}) is in the wrong scheme of a vocabulary namespace "
                        "(schema.org is https, Dublin Core, SKOS, RDF, XSD and SPDX are http)")
        return False
    if iri.lower().startswith("urn:uuid:") and not UUID_URN.match(iri):
        problems.append(f"<{iri}> ({where}) is not a lower-case urn:uuid: UUID")
        return False
    if role not in INSTANCE_ROLES:
        problems.append(f"unexpected IRI <{iri}> ({where}): not a term of a vocabulary this "
                        "check knows")
    elif not (URN.match(iri) or URL.match(iri)):
        problems.append(f"unexpected IRI <{iri}> ({where}): an instance identifier must be a "
                        "urn:, http: or https: IRI (is it a CURIE whose prefix the context does "
                        "not define?)")
    return False


def check_literal(value, predicate, prefixes, problems):
    match = CURIE.match(value)
    if match and match.group(1) in prefixes:
        problems.append(f"the literal {value!r} of {short(predicate, prefixes)} is an unexpanded "
                        "CURIE: an IRI written as a string (for an object property, declare it "
                        "\"@type\": \"@id\" in the context)")
    elif value.startswith(tuple(DPV_NAMESPACES.values())):
        problems.append(f"the literal {value!r} of {short(predicate, prefixes)} is a DPV IRI "
                        "written as a string")


def check_document(document, terms):
    """(summary, problems) of one document."""
    problems = []
    if not isinstance(document, dict):
        return "not a JSON object", ["a document must be a JSON object"]
    name = document.get("@id", "(no @id)")
    context = document.get("@context")
    if context is None:
        return f"{name}", ["no @context: the document must embed its context"]
    prefixes = dict(DPV_NAMESPACES)
    context_terms = set()
    context_prefixes(context, prefixes, context_terms, problems, "@context")
    if problems:
        return f"{name}", problems
    check_keys(document, context_terms, prefixes, problems, "$")
    options = {"documentLoader": refuse_network}
    try:
        expanded = jsonld.expand(document, options)
        dataset = jsonld.to_rdf(document, options)
    except Exception as error:  # noqa: BLE001 - any failure to expand is a failure
        while getattr(error, "cause", None) is not None or (
            isinstance(getattr(error, "details", None), dict) and "cause" in error.details
        ):
            error = getattr(error, "cause", None) or error.details["cause"]
        message = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
        return f"{name}", problems + [f"cannot be expanded: {' '.join(message.split())}"]
    check_expanded(expanded, problems)

    triples = 0
    iris = set()
    dpv_terms = set()

    def iri(term, role, predicate):
        if term["type"] != "IRI":
            return
        iris.add(term["value"])
        if check_iri(term["value"], role, predicate, terms, prefixes, problems):
            dpv_terms.add(term["value"])

    for graph, quads in dataset.items():
        if graph != "@default" and not graph.startswith("_:"):
            iri({"type": "IRI", "value": graph}, "graph", "")
        for quad in quads:
            triples += 1
            predicate = quad["predicate"]["value"]
            iri(quad["subject"], "subject", predicate)
            iri(quad["predicate"], "predicate", predicate)
            obj = quad["object"]
            if obj["type"] == "literal":
                if obj.get("datatype"):
                    iri({"type": "IRI", "value": obj["datatype"]}, "datatype", predicate)
                check_literal(obj["value"], predicate, prefixes, problems)
            else:
                iri(obj, "type" if predicate == RDF_TYPE else "object", predicate)
    if triples == 0:
        problems.append("the document has no triples")
    # Report each problem once (a term used twice gives the same message twice).
    problems = list(dict.fromkeys(problems))
    summary = (f"{name}: {triples} triples, {len(iris)} distinct IRIs checked "
               f"({len(dpv_terms)} DPV terms)")
    return summary, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, metavar="DIR",
                        help="the shared folder (default: ../shared beside the repository)")
    args = parser.parse_args()
    try:
        terms, files = load_terms(args.shared)
    except (OSError, ValueError) as error:
        print(f"dpv_check: {error}", file=sys.stderr)
        return 2
    try:
        documents = read_documents(sys.stdin.read())
    except ValueError as error:
        print(f"dpv_check: {error}")
        return 1
    if not documents:
        print("dpv_check: no documents on standard input")
        return 1
    failures = 0
    for label, document in documents:
        summary, problems = check_document(document, terms)
        status = "FAIL" if problems else "ok"
        print(f"{status} {label}: {summary}")
        for problem in problems:
            print(f"    {label}: {problem}")
        failures += bool(problems)
    print(f"dpv_check: {len(documents)} documents, {failures} failed "
          f"(DPV 2.3 terms: {len(terms)} from {files} CSV files and the dpv-27560 schema)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
