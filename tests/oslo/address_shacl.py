#!/usr/bin/env python3
"""Checks the crate's address JSON-LD with real tools: pyld, rdflib and pyshacl.

Reads JSON-LD documents, one per line, from standard input (the output of
`cargo run --example address_jsonld`) and for each document:

1. expands it with pyld (JSON-LD 1.1) and converts it to RDF, with a document loader that
   refuses the network, so every document must carry its context;
2. checks every predicate, class, datatype and language tag against what the crate promises
   (the OSLO IRIs of Adresvoorstelling and GeografischePositie, with http and https exactly as
   OSLO writes them) and the code-list IRIs against the register's code lists;

then validates the union of all documents with pyshacl against the SHACL shapes of OSLO's
application profile Adresregister and of Generiek-basis (shared/data/oslo/...).

SHACL's sh:class is closed-world: `adres:verwijstNaar` must point at an `adres:Adres`. The
documents only refer to the register's address; its description is the register's. The check
states that each such IRI (https://data.vlaanderen.be/id/adres/{number}) is an adres:Adres and
does not validate that node (AdresShape's mandatory street, municipality, postinfo... belong
to the register); every other result is a failure. Those skipped results are counted in the
summary.

Exit status: 0 when every document passes, 1 otherwise, 2 on a usage error.

    python3 -m venv target/oslo-venv
    target/oslo-venv/bin/pip install pyld==2.0.4 pyshacl==0.40.1 rdflib==7.6.0
    cargo run --example address_jsonld | target/oslo-venv/bin/python tests/oslo/address_shacl.py
"""

import argparse
import json
import os
import re
import sys

from pyld import jsonld
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH, XSD

ADRES = Namespace("https://data.vlaanderen.be/ns/adres#")
GENERIEK = Namespace("https://data.vlaanderen.be/ns/generiek#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
GEOSPARQL = Namespace("http://www.opengis.net/ont/geosparql#")
SF = Namespace("http://www.opengis.net/ont/sf#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
CONCEPT = "https://data.vlaanderen.be/id/concept/"
REGISTER_ADDRESS = re.compile(r"^https://data\.vlaanderen\.be/id/adres/[0-9]+$")
LANG_STRING = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
LANGUAGES = {"nl", "fr", "de", "en", "und"}
ADRES_SHAPE = "https://data.vlaanderen.be/shacl/adresregister#AdresShape"

# What each predicate may hold: a datatype, "lang" (a language-tagged string), "iri" or "node".
PREDICATES = {
    RDF.type: "iri",
    LOCN.thoroughfare: "lang",
    ADRES["Adresvoorstelling.huisnummer"]: XSD.string,
    ADRES["Adresvoorstelling.busnummer"]: XSD.string,
    LOCN.poBox: XSD.string,
    LOCN.postCode: XSD.string,
    ADRES.gemeentenaam: "lang",
    ADRES.land: "lang",
    LOCN.fullAddress: "lang",
    ADRES.verwijstNaar: "iri",
    ADRES["Adres.status"]: "iri",
    ADRES.positie: "node",
    LOCN.geometry: "node",
    GEOSPARQL.asGML: GEOSPARQL.gmlLiteral,
    GEOSPARQL.asWKT: GEOSPARQL.wktLiteral,
    GENERIEK.methode: "iri",
    GENERIEK.specificatie: "iri",
    GENERIEK.default: XSD.boolean,
}
CLASSES = {LOCN.Address, GENERIEK.GeografischePositie, SF.Point, SKOS.Concept}
# The code lists (https://data.vlaanderen.be/id/concept/{scheme}/{code}) and their codes.
CODE_LISTS = {
    ADRES["Adres.status"]: ("adresstatus", {"voorgesteld", "inGebruik", "gehistoreerd", "afgekeurd"}),
    GENERIEK.methode: (
        "geometriemethode",
        {"aangeduidDoorBeheerder", "afgeleidVanObject", "geinterpoleerd"},
    ),
    GENERIEK.specificatie: (
        "geometriespecificatie",
        {
            "gemeente", "straat", "perceel", "lot", "standplaats", "ligplaats",
            "gebouw", "gebouweenheid", "ingang", "wegsegment",
        },
    ),
}
# Hosts whose IRIs are https, and hosts whose IRIs are http (see oslo-lblod.md §0.1).
HTTPS_HOSTS = ("data.vlaanderen.be",)
HTTP_HOSTS = ("www.w3.org", "www.opengis.net", "purl.org", "xmlns.com")
GML = re.compile(
    r'^<gml:Point srsName="(https://www\.opengis\.net/def/crs/EPSG/0/31370|'
    r'http://www\.opengis\.net/def/crs/EPSG/0/(3812|4326))" '
    r'xmlns:gml="http://www\.opengis\.net/gml/3\.2"><gml:pos>-?[0-9]+\.[0-9]+ -?[0-9]+\.[0-9]+'
    r"</gml:pos></gml:Point>$"
)
WKT = re.compile(
    r"^(<http://www\.opengis\.net/def/crs/EPSG/0/(31370|3812)> )?"
    r"POINT \(-?[0-9]+\.[0-9]+ -?[0-9]+\.[0-9]+\)$"
)


def refuse_network(url, options=None):
    """pyld document loader: every context must be embedded."""
    raise jsonld.JsonLdError(
        f"refusing to load {url}: the document must embed its context",
        "jsonld.LoadDocumentError",
        code="loading document failed",
    )


def to_graph(document, index):
    """The document's RDF, with its blank nodes renamed so that documents do not share any."""
    nquads = jsonld.to_rdf(
        document, {"format": "application/n-quads", "documentLoader": refuse_network}
    )
    parsed = Graph()
    parsed.parse(data=nquads, format="nt")
    graph = Graph()

    def rename(term):
        return BNode(f"d{index}_{term}") if isinstance(term, BNode) else term

    for s, p, o in parsed:
        graph.add((rename(s), rename(p), rename(o)))
    return graph


def check_iri(iri, where, problems):
    text = str(iri)
    for host in HTTPS_HOSTS:
        if text.startswith(f"http://{host}/"):
            problems.append(f"{where}: {text} must be https")
    for host in HTTP_HOSTS:
        if text.startswith(f"https://{host}/"):
            problems.append(f"{where}: {text} must be http")


def check_document(document, graph, problems):
    """The crate's promises about one document's RDF; appends to `problems`."""
    if not isinstance(document.get("@context"), (dict, list)):
        problems.append("the document does not embed its context")
    language = document.get("taal", "und")
    roots = [s for s in graph.subjects(RDF.type, LOCN.Address)]
    if document.get("@type") == "Adresvoorstelling" and len(roots) != 1:
        problems.append(f"expected one locn:Address, found {len(roots)}")
    for s, p, o in graph:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                check_iri(term, f"<{p}>", problems)
        expected = PREDICATES.get(p)
        if expected is None:
            problems.append(f"unexpected predicate <{p}>")
            continue
        if p == RDF.type:
            if o not in CLASSES:
                problems.append(f"unexpected class <{o}>")
        elif expected == "lang":
            if not isinstance(o, Literal) or o.language is None:
                problems.append(f"<{p}> {o!r} is not a language-tagged string")
            elif o.language not in LANGUAGES or o.language != language:
                problems.append(f"<{p}> {o!r}: language {o.language}, expected {language}")
        elif expected == "iri":
            if not isinstance(o, URIRef):
                problems.append(f"<{p}> {o!r} is not an IRI")
            elif p == ADRES.verwijstNaar and not REGISTER_ADDRESS.match(str(o)):
                problems.append(f"<{p}> {o} is not a register address IRI")
            elif p in CODE_LISTS:
                scheme, codes = CODE_LISTS[p]
                prefix = f"{CONCEPT}{scheme}/"
                code = str(o)[len(prefix):] if str(o).startswith(prefix) else None
                if code not in codes:
                    problems.append(f"<{p}> {o} is not a concept of {prefix}")
        elif expected == "node":
            if not isinstance(o, BNode):
                problems.append(f"<{p}> {o!r} is not a nested node")
        else:
            # RDF 1.1: a plain literal is an xsd:string (N-Triples does not write the type).
            datatype = None
            if isinstance(o, Literal):
                datatype = o.datatype or (XSD.string if o.language is None else None)
            if datatype != expected:
                problems.append(f"<{p}> {o!r}: datatype {datatype}, expected {expected}")
            elif p == GEOSPARQL.asGML and not GML.match(str(o)):
                problems.append(f"<{p}> {o} is not the register's GML form")
            elif p == GEOSPARQL.asWKT and not WKT.match(str(o)):
                problems.append(f"<{p}> {o} is not a GeoSPARQL WKT point")


def shapes_graph(oslo):
    shapes = Graph()
    for path in (
        "adres/adresregister-2020/adresregister-SHACL.ttl",
        "generiek/generiek-basis/generiek-basis-SHACL.ttl",
    ):
        shapes.parse(os.path.join(oslo, path), format="turtle")
    return shapes


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_oslo = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "oslo"))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--oslo",
        default=os.environ.get("OSLO_DATA", default_oslo),
        help="the shared data/oslo folder (default: ../shared/data/oslo beside the repository)",
    )
    args = parser.parse_args()
    if not os.path.isdir(args.oslo):
        print(f"no OSLO data folder at {args.oslo}", file=sys.stderr)
        return 2

    union = Graph()
    failures = 0
    documents = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        documents += 1
        problems = []
        try:
            document = json.loads(line)
            graph = to_graph(document, number)
        except Exception as error:  # noqa: BLE001 - any failure to read or expand is a failure
            # The innermost cause says what went wrong (pyld nests its errors).
            while getattr(error, "cause", None) is not None or (
                isinstance(getattr(error, "details", None), dict) and "cause" in error.details
            ):
                error = getattr(error, "cause", None) or error.details["cause"]
            message = getattr(error, "message", None) or str(error)
            print(f"document {number}: cannot be expanded: {message}")
            failures += 1
            continue
        check_document(document, graph, problems)
        for problem in problems:
            print(f"document {number}: {problem}")
        if problems:
            failures += 1
        union += graph
    if documents == 0:
        print("no documents on standard input")
        return 1

    # The register's addresses the documents refer to are adres:Adres (described by the register).
    stubs = {o for o in union.objects(None, ADRES.verwijstNaar) if REGISTER_ADDRESS.match(str(o))}
    data = Graph()
    data += union
    for iri in stubs:
        data.add((iri, RDF.type, ADRES.Adres))

    shapes = shapes_graph(args.oslo)
    conforms, results, _ = validate(
        data,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    violations = []
    skipped = 0
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        source = results.value(result, SH.sourceShape)
        # The node shape: the source itself, or the node shape whose sh:property it is.
        shape = str(shapes.value(None, SH.property, source) or source)
        if focus in stubs and shape == ADRES_SHAPE:
            skipped += 1
            continue
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(f"{focus} {path}: {message} ({shape})")
    for violation in violations:
        print(f"SHACL violation: {violation}")

    classes = {
        "locn:Address": len(set(union.subjects(RDF.type, LOCN.Address))),
        "generiek:GeografischePositie": len(set(union.subjects(RDF.type, GENERIEK.GeografischePositie))),
        "sf:Point": len(set(union.subjects(RDF.type, SF.Point))),
        "skos:Concept": len(set(union.subjects(RDF.type, SKOS.Concept))),
    }
    print(
        f"{documents} documents, {len(union)} triples "
        f"({', '.join(f'{n} {c}' for c, n in classes.items())}); "
        f"{len(stubs)} register addresses referred to"
    )
    print(
        f"IRI checks: {documents - failures} passed, {failures} failed; "
        f"pyshacl (adresregister + generiek-basis, inference none): "
        f"{'conforms' if not violations else 'does not conform'}, {len(violations)} violations, "
        f"{skipped} results on the register's own addresses skipped "
        f"(pyshacl's verdict counting those: conforms={conforms})"
    )
    return 1 if failures or violations else 0


if __name__ == "__main__":
    sys.exit(main())
