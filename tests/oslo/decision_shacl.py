#!/usr/bin/env python3
"""Checks the crate's decision JSON-LD with real tools: pyld, rdflib and pyshacl.

Reads JSON lines from standard input (the output of `cargo run --example decision_jsonld`),
each `{"kind": "agenda"|"besluitenlijst"|"notulen"|"uittreksel", "session": NAME, "document": {...}}`,
and
for each document:

1. converts it to RDF with pyld (JSON-LD 1.1), with a document loader that refuses the
   network, so the document must carry its context;
2. checks the graph: no blank nodes, language-tagged literals only on besluit:motivering,
   besluit:onderwerp and besluit:gevolg, no `https://data.vlaanderen.be/ns/besluit#` (http
   only), no typed `xsd:string` literals (plain strings);
3. validates it with pyshacl (inference none) against the official shapes of Besluit
   publicatie 2025-12-11 (the normalized-counts copy) and LBLOD's shape of the kind
   (lib-decision-shapes: agenda, besluitenlijst, notulen; decision-shape.ttl for an extract,
   uittreksel, the shape LBLOD applies to a single decision). The notulen shape's SPARQL uses
   `select ($this as ?this)`, which pyshacl rejects; the script rewrites it to `select $this`
   in memory (same meaning) before loading.

The result sets must be empty, except two documented conflicts between the shapes, which must
be exactly what they are (so a new violation still fails):

- agenda vs the official ZittingShape: the session's prov:startedAtTime, prov:endedAtTime,
  besluit:heeftVoorzitter, besluit:heeftSecretaris and besluit:heeftAanwezigeBijStart
  (MinCountConstraintComponent), 5 results: an agenda has no outcome yet;
- a secret vote vs LBLOD's notulen shape: one SPARQLConstraintComponent result per non-zero
  count (besluit:heeftVoorstander / heeftTegenstander / heeftOnthouder), since a secret vote
  names nobody.

Exit status: 0 when every document passes, 1 otherwise, 2 on a usage error.

    python3 -m venv target/oslo-venv
    target/oslo-venv/bin/pip install pyld==2.0.4 pyshacl==0.40.1 rdflib==7.6.0
    cargo run --example decision_jsonld | target/oslo-venv/bin/python tests/oslo/decision_shacl.py
"""

import argparse
import json
import os
import sys

from pyld import jsonld
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH, XSD

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "oslo"))
OFFICIAL = os.path.join(SHARED, "derived", "besluit-publicatie-2025-12-11-SHACL.normalized-counts.ttl")
LBLOD_DIR = os.path.join(SHARED, "lblod", "lib-decision-shapes")
LBLOD = {"agenda": "agenda-shape.ttl", "besluitenlijst": "besluitenlijst-shape.ttl", "notulen": "notulen-shape.ttl",
         "uittreksel": "decision-shape.ttl"}
UITTREKSEL = URIRef("https://data.vlaanderen.be/id/concept/BesluitDocumentType/9d5bfaca-bbf2-49dd-a830-769f91a6377b")

BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
LANG_PREDICATES = {BESLUIT.motivering, BESLUIT.onderwerp, BESLUIT.gevolg}
SESSION_OUTCOME = [PROV.startedAtTime, PROV.endedAtTime, BESLUIT.heeftVoorzitter,
                   BESLUIT.heeftSecretaris, BESLUIT.heeftAanwezigeBijStart]
COUNTS = [(BESLUIT.aantalVoorstanders, BESLUIT.heeftVoorstander),
          (BESLUIT.aantalTegenstanders, BESLUIT.heeftTegenstander),
          (BESLUIT.aantalOnthouders, BESLUIT.heeftOnthouder)]


def no_network(url, options=None):
    raise jsonld.JsonLdError(f"network refused: {url}", "loading document failed")


def to_graph(document):
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": no_network})
    return Graph().parse(data=nquads, format="nt")


def load_shapes(path, normalize_sparql):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if normalize_sparql:
        replaced = text.replace("($this as ?this)", "$this")
        if replaced == text:
            raise SystemExit(f"{path}: no `($this as ?this)` to normalise; has the shape changed?")
        text = replaced
    return Graph().parse(data=text, format="turtle")


def shacl(data, shapes):
    """The validation results as a set of (focus, path, constraint component)."""
    conforms, results, _text = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    if not isinstance(results, Graph):
        raise RuntimeError(f"validation failure: {results}")
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        found.add((results.value(r, SH.focusNode), results.value(r, SH.resultPath),
                   results.value(r, SH.sourceConstraintComponent)))
    if conforms != (not found):
        raise RuntimeError("pyshacl: conforms disagrees with the results")
    return found


def expected_official(kind, g):
    if kind != "agenda":
        return set()
    return {(z, p, SH.MinCountConstraintComponent)
            for z in g.subjects(RDF.type, BESLUIT.Zitting) for p in SESSION_OUTCOME}


def expected_lblod(kind, g):
    if kind != "notulen":
        return set()
    out = set()
    for vote in g.subjects(BESLUIT.geheim, Literal(True)):
        for count, path in COUNTS:
            n = g.value(vote, count)
            if n is not None and int(n) != 0:
                out.add((vote, path, SH.SPARQLConstraintComponent))
    return out


def extract_problems(g):
    """An extract (uittreksel) is one treatment: one session, one agenda item, one treatment
    (about that item), one document, linked with besluit:heeftUittreksel and typed with the
    Uittreksel concept, and decisions generated by that treatment only."""
    problems = []
    sessions = set(g.subjects(RDF.type, BESLUIT.Zitting))
    items = set(g.subjects(RDF.type, BESLUIT.Agendapunt))
    treatments = set(g.subjects(RDF.type, BESLUIT.BehandelingVanAgendapunt))
    if len(sessions) != 1 or len(items) != 1 or len(treatments) != 1:
        return [f"{len(sessions)} sessions, {len(items)} agenda items, {len(treatments)} treatments (expected 1 each)"]
    (session,), (item,), (treatment,) = sessions, items, treatments
    if set(g.objects(session, BESLUIT.behandelt)) != {item}:
        problems.append("besluit:behandelt is not the one agenda item")
    if g.value(treatment, DCT.subject) != item:
        problems.append("the treatment is not about the agenda item")
    documents = set(g.objects(session, BESLUIT.heeftUittreksel))
    if len(documents) != 1 or (next(iter(documents)), RDF.type, UITTREKSEL) not in g:
        problems.append("not one besluit:heeftUittreksel typed with the Uittreksel concept")
    for other in (BESLUIT.heeftAgenda, BESLUIT.heeftBesluitenlijst, BESLUIT.heeftNotulen):
        if (session, other, None) in g:
            problems.append(f"the extract links another document: {other}")
    for decision in g.subjects(RDF.type, BESLUIT.Besluit):
        if g.value(decision, PROV.wasGeneratedBy) != treatment:
            problems.append(f"a decision of another treatment: {decision}")
    return problems


def graph_problems(g):
    problems = []
    for s, p, o in g:
        if isinstance(s, BNode) or isinstance(o, BNode):
            problems.append(f"blank node in {s} {p} {o}")
        for term in (s, p, o):
            if isinstance(term, URIRef) and str(term).startswith("https://data.vlaanderen.be/ns/besluit#"):
                problems.append(f"https besluit namespace: {term}")
        if isinstance(o, Literal):
            if o.language and p not in LANG_PREDICATES:
                problems.append(f"language-tagged literal on {p}")
            if p in LANG_PREDICATES and not o.language:
                problems.append(f"untagged literal on {p}")
            if o.datatype == XSD.string:
                problems.append(f"typed xsd:string literal on {p}")
    return problems


def show(label, results, limit=12):
    for r in sorted(results, key=str)[:limit]:
        print(f"    {label}: {tuple(str(x) for x in r)}")


def main():
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    official = load_shapes(OFFICIAL, normalize_sparql=False)
    lblod = {kind: load_shapes(os.path.join(LBLOD_DIR, name), normalize_sparql=(kind == "notulen"))
             for kind, name in LBLOD.items()}
    failures = 0
    documents = 0
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        documents += 1
        record = json.loads(line)
        kind, session, document = record["kind"], record.get("session", f"line {number}"), record["document"]
        if kind not in LBLOD:
            print(f"FAIL {session} {kind}: unknown kind")
            failures += 1
            continue
        g = to_graph(document)
        problems = graph_problems(g) + (extract_problems(g) if kind == "uittreksel" else [])
        got_official = shacl(g, official)
        got_lblod = shacl(g, lblod[kind])
        want_official = expected_official(kind, g)
        want_lblod = expected_lblod(kind, g)
        ok = not problems and got_official == want_official and got_lblod == want_lblod
        print(f"{'ok  ' if ok else 'FAIL'} {session} {kind}: {len(g)} triples; "
              f"official {len(got_official)} results (expected {len(want_official)}); "
              f"LBLOD {kind} {len(got_lblod)} results (expected {len(want_lblod)})")
        if not ok:
            failures += 1
            for p in problems[:12]:
                print(f"    graph: {p}")
            show("official unexpected", got_official - want_official)
            show("official missing", want_official - got_official)
            show("LBLOD unexpected", got_lblod - want_lblod)
            show("LBLOD missing", want_lblod - got_lblod)
    if documents == 0:
        print("no documents on standard input", file=sys.stderr)
        return 2
    print(f"{documents} documents, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
