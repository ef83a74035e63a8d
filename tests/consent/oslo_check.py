"""Checks the OSLO Toestemming view of consent records with a real JSON-LD processor.

Reads JSON-LD documents from standard input (one document, a JSON array, or JSON Lines), as
`cargo run --example consent_export -- oslo` prints them, expands each with pyld (no network:
contexts must be embedded) and checks the triples:

- every IRI in the toestemming namespace is a class or property that the OSLO vocabulary
  defines, as listed in ../shared/data/consent/oslo/oslo-toestemming-summary.md (read at run
  time, so the list is the vocabulary's, not ours);
- every other predicate is one the vocabulary reuses or that the view documents
  (dcterms:relation, dcterms:type, schema:expires, skos:inScheme, skos:prefLabel, rdf:type);
- `gegevenOp` and `vervalt` are xsd:date literals (the vocabulary has dates, not times);
- every Toestemming has gegevenVoor, gegevenOp and a status in the ToestemmingStatus scheme;
- no literal is an unexpanded CURIE (the pitfall of a context without `"@type": "@id"`).

Exit status 1 on any problem, 2 when the shared folder is missing.
"""

import json
import re
import sys
from pathlib import Path

from pyld import jsonld

from jsonlines import read_documents

SUMMARY = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "consent" / "oslo" / "oslo-toestemming-summary.md"
TOESTEMMING = "https://data.vlaanderen.be/ns/toestemming#"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
STATUS_SCHEME = "https://data.vlaanderen.be/id/conceptscheme/ToestemmingStatus"
REUSED = {
    "http://purl.org/dc/terms/relation",
    "http://purl.org/dc/terms/type",
    "http://schema.org/expires",
    "https://schema.org/expires",
    "http://www.w3.org/2004/02/skos/core#inScheme",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    RDF_TYPE,
}
CURIE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_-]+$")


def vocabulary():
    """The toestemming: terms the summary's tables list (backticked names)."""
    if not SUMMARY.is_file():
        print(f"oslo_check: {SUMMARY} not found", file=sys.stderr)
        sys.exit(2)
    terms = set()
    for line in SUMMARY.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `(?:toestemming:)?([A-Za-z]+)`", line)
        if match:
            terms.add(TOESTEMMING + match.group(1))
    if TOESTEMMING + "Toestemming" not in terms or TOESTEMMING + "gegevenOp" not in terms:
        print("oslo_check: the summary's tables could not be read", file=sys.stderr)
        sys.exit(2)
    return terms


def no_remote(url, options=None):
    raise RuntimeError(f"remote context {url}: contexts must be embedded")


def check(index, document, terms):
    problems = []
    dataset = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": no_remote})
    triples = [q for q in dataset.splitlines() if q.strip()]
    if not triples:
        return [f"document {index}: no triples"], 0
    quads = jsonld.to_rdf(document, {"documentLoader": no_remote})["@default"]
    by_subject = {}
    for quad in quads:
        subject, predicate, obj = quad["subject"]["value"], quad["predicate"]["value"], quad["object"]
        by_subject.setdefault(subject, []).append((predicate, obj))
        for iri in [predicate] + ([obj["value"]] if obj["type"] == "IRI" else []):
            if iri.startswith(TOESTEMMING) and iri not in terms:
                problems.append(f"document {index}: {iri} is not in the OSLO vocabulary")
        if not predicate.startswith(TOESTEMMING) and predicate not in REUSED:
            problems.append(f"document {index}: unexpected predicate {predicate}")
        if obj["type"] == "literal":
            if CURIE.match(obj["value"]) and obj["value"].split(":")[0] in ("dpv", "eu-gdpr", "toestemming", "skos", "schema", "dcterms"):
                problems.append(f"document {index}: the literal {obj['value']!r} is an unexpanded CURIE")
            if predicate in (TOESTEMMING + "gegevenOp", "http://schema.org/expires", "https://schema.org/expires"):
                if obj.get("datatype") != XSD_DATE or not re.match(r"^\d{4}-\d{2}-\d{2}$", obj["value"]):
                    problems.append(f"document {index}: {predicate} is not an xsd:date: {obj}")
    for subject, pairs in by_subject.items():
        types = {o["value"] for p, o in pairs if p == RDF_TYPE}
        if TOESTEMMING + "Toestemming" not in types:
            continue
        predicates = {p for p, _ in pairs}
        for required in ("gegevenVoor", "gegevenOp", "status"):
            if TOESTEMMING + required not in predicates:
                problems.append(f"document {index}: Toestemming {subject} has no {required}")
        for p, o in pairs:
            if p == TOESTEMMING + "status":
                schemes = {
                    so["value"]
                    for sp, so in by_subject.get(o["value"], [])
                    if sp == "http://www.w3.org/2004/02/skos/core#inScheme"
                }
                if STATUS_SCHEME not in schemes:
                    problems.append(f"document {index}: the status of {subject} is not in {STATUS_SCHEME}")
    return problems, len(triples)


def main():
    terms = vocabulary()
    docs = [document for _, document in read_documents(sys.stdin.read())]
    if not docs:
        print("oslo_check: no documents on standard input", file=sys.stderr)
        return 1
    problems, total = [], 0
    for index, document in enumerate(docs):
        found, count = check(index, document, terms)
        problems += found
        total += count
        toestemmingen = sum(1 for node in document.get("@graph", []) if node.get("@type") == "Toestemming")
        print(f"document {index}: {count} triples, {toestemmingen} Toestemming nodes, {'ok' if not found else 'FAILED'}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(docs)} documents, {total} triples, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
