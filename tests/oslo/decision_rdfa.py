#!/usr/bin/env python3
"""Checks that the crate's RDFa (HTML) of a decision document says exactly what its JSON-LD says.

Reads JSON lines from standard input (the output of `cargo run --example decision_rdfa`), each
`{"kind": "agenda" | "besluitenlijst" | "notulen" | "uittreksel", "jsonld": {...}, "html": "..."}`,
and for each line:

1. expands the JSON-LD with pyld (JSON-LD 1.1) into RDF, with a document loader that refuses
   the network, so the document must carry its own context;
2. extracts the RDFa of the HTML with pyRdfa3 (RDFa 1.1, HTML5 host language), twice, with
   two unrelated base IRIs: the two graphs must be identical (no relative IRI, no triple about
   the document itself, no blank node);
3. canonicalises literals as RDF 1.1 does ("x"^^xsd:string is the simple literal "x"; rdflib
   keeps them apart) and checks that the RDFa graph is isomorphic to the JSON-LD graph;
4. checks what the design promises besides: no blank node, no language-tagged literal except
   on besluit:motivering, besluit:onderwerp and besluit:gevolg, no rdfa:usesVocabulary and no
   xhv: predicate (no `vocab`, `rel` or `role` in the HTML), no subject equal to a base IRI.

On a difference it prints the triples found on one side only. Exit status: 0 when every line
passes, 1 otherwise, 2 on a usage error (no input, not JSON).

    python3 -m venv target/oslo-venv
    target/oslo-venv/bin/pip install pyld==2.0.4 rdflib==7.6.0 pyrdfa3==3.6.5 html5lib==1.1
    cargo run --example decision_rdfa | target/oslo-venv/bin/python tests/oslo/decision_rdfa.py
"""

import io
import json
import sys

from pyld import jsonld
from pyRdfa import Options, pyRdfa
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import XSD

BASES = ("http://example.org/a/doc.html", "https://other.example/b/")
BESLUIT = "http://data.vlaanderen.be/ns/besluit#"
LANG_PREDICATES = {URIRef(BESLUIT + name) for name in ("motivering", "onderwerp", "gevolg")}
RDFA_NS = "http://www.w3.org/ns/rdfa#"
XHV_NS = "http://www.w3.org/1999/xhtml/vocab#"
MAX_DIFF = 20


def no_network(url, options=None):
    raise jsonld.JsonLdError(f"network refused: {url}", "loading document failed")


def from_jsonld(doc):
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": no_network})
    return Graph().parse(data=nquads, format="nt")


def from_rdfa(html, base):
    options = Options(
        output_default_graph=True,
        output_processor_graph=False,
        embedded_rdf=False,
        vocab_expansion=False,
    )
    # text/html: the HTML5+RDFa host language, parsed by html5lib (without a media type pyRdfa
    # takes a file-like object for XML and finds nothing).
    processor = pyRdfa(options, base=base, media_type="text/html")
    return processor.graph_from_source(io.BytesIO(html.encode("utf-8")), rdfOutput=False)


def canon(graph):
    """RDF 1.1: "x"^^xsd:string is the simple literal "x"."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def show(term):
    return term.n3() if hasattr(term, "n3") else repr(term)


def compare(left, right, left_name, right_name):
    """Returns the lines describing the difference; empty when isomorphic."""
    a, b = to_isomorphic(canon(left)), to_isomorphic(canon(right))
    if a == b:
        return []
    _, only_left, only_right = graph_diff(a, b)
    lines = [f"{left_name}: {len(left)} triples, {right_name}: {len(right)} triples, not isomorphic"]
    for name, only in ((left_name, only_left), (right_name, only_right)):
        triples = sorted(only)
        lines.append(f"  only in {name} ({len(triples)}):")
        lines += ["    " + " ".join(show(t) for t in triple) + " ." for triple in triples[:MAX_DIFF]]
        if len(triples) > MAX_DIFF:
            lines.append(f"    … and {len(triples) - MAX_DIFF} more")
    return lines


def promises(graph):
    """What the design promises about the extracted graph besides isomorphism."""
    problems = []
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            problems.append(f"blank node: {show(s)} {show(p)} {show(o)}")
        if isinstance(o, Literal) and o.language and p not in LANG_PREDICATES:
            problems.append(f"language-tagged literal on {show(p)}: {show(o)}")
        if str(p).startswith((RDFA_NS, XHV_NS)):
            problems.append(f"RDFa/XHTML vocabulary predicate: {show(s)} {show(p)} {show(o)}")
        if str(s) in BASES or any(str(s).startswith(base + "#") for base in BASES):
            problems.append(f"triple about the document itself: {show(s)} {show(p)} {show(o)}")
    return sorted(set(problems))


def check(number, record):
    kind = record.get("kind", "?")
    label = f"line {number} ({kind})"
    problems = []
    expected = from_jsonld(record["jsonld"])
    extracted = [from_rdfa(record["html"], base) for base in BASES]
    problems += compare(extracted[0], extracted[1], f"RDFa with base {BASES[0]}", f"RDFa with base {BASES[1]}")
    problems += compare(extracted[0], expected, "RDFa (pyRdfa3)", "JSON-LD (pyld)")
    problems += promises(extracted[0])
    if not expected:
        problems.append("the JSON-LD has no triple")
    status = "ok" if not problems else "FAILED"
    print(f"{label}: {status}: JSON-LD {len(expected)} triples, RDFa {len(extracted[0])} and {len(extracted[1])} triples")
    for line in problems:
        print("  " + line)
    return not problems


def main():
    sys.stdout.reconfigure(errors="backslashreplace")
    if len(sys.argv) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    ok = True
    seen = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            record["jsonld"], record["html"]
        except (ValueError, KeyError, TypeError) as error:
            print(f"line {number}: not a JSON object with kind, jsonld and html: {error}", file=sys.stderr)
            return 2
        seen += 1
        try:
            ok = check(number, record) and ok
        except Exception as error:  # a tool that gives up is a failure, with its reason
            print(f"line {number} ({record.get('kind', '?')}): FAILED: {type(error).__name__}: {error}")
            ok = False
    if not seen:
        print("no input: expected JSON lines {kind, jsonld, html}", file=sys.stderr)
        return 2
    print(f"{seen} documents, {'all isomorphic' if ok else 'differences found'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
