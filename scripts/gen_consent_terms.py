#!/usr/bin/env python3
"""Generates src/consent/terms_data.rs, the W3C DPV term tables of the consent component.

    python3 scripts/gen_consent_terms.py            # regenerate the Rust file
    python3 scripts/gen_consent_terms.py --check    # exit 1 when the committed file is out of date

Python 3.9+ standard library only, no network. The script reads the CSV exports of the W3C Data
Privacy Vocabulary (DPV) 2.3 from the shared data folder beside the repository,
`../shared/data/consent/dpv/` (or `--source DIR`), as copied from github.com/w3c/dpv at the
commit in that folder's `COMMIT` file (f01a55c3c0983e35cdfdf80593ece3353faba7b8; the files'
origins are listed in `../shared/data/consent/SOURCES.md`). DPV is published under the W3C
Software and Document License (2023); the generated file holds only term names (CURIEs). The
SHA-256 of every file read is pinned below, so a changed file fails loudly.

Every CSV has the columns `term,type,iri,label,definition,dpvtype,subclassof,hasbroader,...`.
`dpvtype` is the concept's DPV type (its `rdf:type` besides rdfs:Class and skos:Concept, e.g.
`dpv:Purpose`), `subclassof` and `hasbroader` its rdfs:subClassOf and skos:broader parents
(`;`-separated full IRIs). "Narrower than X" below means: X is reachable from the concept by
following subclassof and hasbroader edges, transitively, across all the files read. Only rows
of type `class` are table members (properties never are). The tables, and the rule of each:

- PURPOSES: the dpv: and sector-publicservices: concepts typed dpv:Purpose. All of them are
  narrower than dpv:Purpose except dpv:RightsFulfilment (its skos:broader is the legal basis
  dpv:LegalObligation). Twelve dpv: data-governance concepts (dpv:DataGovernance,
  dpv:DataQualityManagement, ...) are narrower than dpv:Purpose through
  dpv:OrganisationGovernance but typed dpv:OrganisationalMeasure, and DPV's own purposes module
  does not list them: they are measures, not purposes, and are left out.
- PROCESSING: the dpv: concepts typed dpv:Processing (= everything narrower than dpv:Processing).
- PERSONAL_DATA: every pd: concept (each is asserted narrower than dpv:PersonalData), plus the
  dpv: concepts other than dpv:PersonalData that a pd: concept is directly narrower than:
  dpv:SensitivePersonalData and dpv:SpecialCategoryPersonalData (categories by content, on
  which pd's taxonomy hangs). Left out: dpv:PersonalData itself and the dpv: concepts that say
  how data was obtained or treated rather than what it is about (dpv:CollectedPersonalData,
  dpv:InferredPersonalData, dpv:PseudonymisedData, ...).
- SPECIAL_PERSONAL_DATA: the PERSONAL_DATA members equal to or narrower than
  dpv:SpecialCategoryPersonalData (GDPR art. 9). The script asserts this is exactly the pd:
  concepts whose dpvtype includes dpv:SpecialCategoryPersonalData, plus that concept itself.
  pd:Vulnerability and dpv:SensitivePersonalData are sensitive but not special.
- LEGAL_BASES: the dpv: and eu-gdpr: concepts typed dpv:LegalBasis (each asserted narrower than
  dpv:LegalBasis). dpv:LegalBasis itself is not typed so and is left out, as is
  dpv:RightsFulfilment (a purpose, see above). The legal-eu adequacy decisions are not linked to
  dpv:LegalBasis in these files and are not included.
- CONSENT_LEGAL_BASES: the LEGAL_BASES members equal to or narrower than dpv:Consent.
- EXPLICIT_CONSENT_LEGAL_BASES: the LEGAL_BASES members equal to or narrower than
  dpv:ExplicitlyExpressedConsent.
- RIGHTS: the eu-gdpr: concepts typed dpv:Right (rights.csv also holds four notices, typed
  dpv:OrganisationalMeasure, which are left out).
- LOCATIONS: every loc: concept of the BE/EU subset (countries, regions, unions).
- LAWS: the legal-eu: and legal-be: concepts typed dpv:Law. The data protection authorities
  (legal-be:DPA-BE, legal-eu:DPA-EDPB, legal-eu:DPA-EDPS) have skos:broader dpv:Law but are
  typed eu-gdpr:DataProtectionAuthority: they are authorities, not laws, and are left out, so
  legal-be contributes nothing.
- DATA_SUBJECTS: the dpv: concepts narrower than dpv:HumanSubject (dpv:DataSubject, which has no
  dpvtype, and the concepts typed dpv:HumanSubject: dpv:Citizen, dpv:Child,
  dpv:ParentOfDataSubject, ...). dpv:HumanSubject itself is left out.

The modules/*.csv files and legal-be/be-module.csv repeat rows of the other files; the script
checks that they agree with them (type, dpvtype, subclassof, hasbroader). Each table is sorted
in byte order (all CURIEs are ASCII), so the Rust side can binary-search it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "consent" / "terms_data.rs"
COMMAND = "python3 scripts/gen_consent_terms.py"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "consent" / "dpv"
UPSTREAM = "github.com/w3c/dpv"

# The vocabulary files: (path under the source folder, SHA-256, the prefix of its terms).
VOCABULARY_FILES = [
    ("dpv-2.3-all-terms.csv",
     "3b29ffeaf2db11ba1a9bc7742040f7a898b3dcdedcf72c015678364cee5a2c1f", "dpv"),
    ("pd/pd.csv", "7f4391700aa88079c9f02526e0164c1c8d251c177c9c45c84cd76d4e4c09b4aa", "pd"),
    ("eu-gdpr/legal_basis.csv",
     "96845db191bd99e5198d82a4ba057f5bd20a05d7e5a03e0879470204467dbabe", "eu-gdpr"),
    ("eu-gdpr/legal_basis_special.csv",
     "5044d7da3bb2229f6d1123e018ac137d80918a8e6b4b7f9404250afe1477bfd5", "eu-gdpr"),
    ("eu-gdpr/rights.csv",
     "5f51e11180e399981fab29127d45ef69016573babb55d50c2bb8eff21ac56543", "eu-gdpr"),
    ("loc/loc-BE-EU-subset.csv",
     "003f2cc4a04af5efd210d538a57e8967b92f19b0509d64e94185cc18553d8e44", "loc"),
    ("legal-eu.csv", "d1d487da9fa41d1bce72707c40c8ecc730e04ad0afeabaa6850ff61efea44148",
     "legal-eu"),
    ("legal-be/legal-be.csv",
     "6f6b25a19cb7e7400a7bccb502eddfbb35b5f3682b56de8a6deeefef92c3fff4", "legal-be"),
    ("sector-publicservices/sector-publicservices.csv",
     "f5ffa6f5c5dbf7bb40d04b09d6197cae4c4ea832c8f3bf4ac10fa9d5ed065ee8",
     "sector-publicservices"),
]
# Files that repeat rows of the vocabulary files (DPV's per-module exports); cross-checked only.
MODULE_FILES = [
    ("legal-be/be-module.csv", "6f6b25a19cb7e7400a7bccb502eddfbb35b5f3682b56de8a6deeefef92c3fff4"),
    ("modules/consent.csv", "082d83e908a23ca11501ec9042ccb54fdfa47002277ae573e73bffa35ea19d5c"),
    ("modules/consent_controls.csv",
     "199ecf05beb989c0fd5440c6dbf5d052f00b97fbf4b93cc397add1d2f84a972c"),
    ("modules/consent_status.csv",
     "b0087a793e268b2cf6cd2acd76c32169153754d3a57078e93ed2f43a36765510"),
    ("modules/consent_types.csv",
     "ce9b2abefcfda1bc84dedf824843c348fdeb37527a00f26ce040a7b133a5d5c0"),
    ("modules/entities_datasubject.csv",
     "6c5ce0db052da7f6b8be8ec8bab7a69ed61d3bfc0ba67bb1a82a59d5575b86dc"),
    ("modules/legal_basis.csv",
     "dc01164902351e4fbcc76c087780b06eb06383d928e5bb9b8ac0ce6135bc7033"),
    ("modules/legal_basis_status.csv",
     "ca7e8aafefba01f99382d762e76ebc8b149d5f35201ad7d83107ebbb89667090"),
    ("modules/notice.csv", "a299a15e81f11c497027d7070585d195a5a1366f4e42e4679ecae83639236fb4"),
    ("modules/process.csv", "7addd98fafee979943467799687660414aebb04c75e4948e81669ccf30782d74"),
    ("modules/purposes.csv", "6923887d7655ac1454c48c470aebc7d87f5cac39fad47fbca437592c29a4bec8"),
    ("modules/status.csv", "ca818fc5aa49103709a046cd662b20556ddac5474ec3b7f60a14f853a2ac31b1"),
]
COMMIT_FILE = ("COMMIT", "d016ebbd3f8a7a53a0cb6d42c74b310157a09d2851fd9c09ff229c39c194e795")

# The namespaces (the CSVs' `namespace` column, without the `#`) and their prefixes, as in
# the consent note, section 3.1.
PREFIXES = {
    "https://w3id.org/dpv": "dpv",
    "https://w3id.org/dpv/pd": "pd",
    "https://w3id.org/dpv/loc": "loc",
    "https://w3id.org/dpv/legal/eu/gdpr": "eu-gdpr",
    "https://w3id.org/dpv/legal/eu": "legal-eu",
    "https://w3id.org/dpv/legal/be": "legal-be",
    "https://w3id.org/dpv/sector/publicservices": "sector-publicservices",
}
COLUMNS = ["term", "type", "iri", "label", "definition", "dpvtype", "subclassof", "hasbroader",
           "scopenote", "created", "modified", "vocab", "namespace"]
# The columns the selection depends on; a module file must agree with its vocabulary file.
SELECTION_COLUMNS = ("type", "dpvtype", "subclassof", "hasbroader")
TERM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")

DPV = "https://w3id.org/dpv#"

# Known irregularities of DPV 2.3 that the rules above handle; asserted exactly, so that a new
# DPV release that changes them makes the script fail and a person look again.
PURPOSE_NOT_NARROWER = {"dpv:RightsFulfilment"}
LEGAL_BASIS_NARROWER_NOT_TYPED = {"dpv:RightsFulfilment"}
PERSONAL_DATA_DPV = {"dpv:SensitivePersonalData", "dpv:SpecialCategoryPersonalData"}


class DataError(Exception):
    """The DPV files are not what this script expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DataError(message)


@dataclass(frozen=True)
class Term:
    curie: str
    iri: str
    kind: str  # "class" or "property"
    types: tuple[str, ...]  # dpvtype IRIs
    parents: tuple[str, ...]  # subclassof and hasbroader IRIs
    file: str


def read_bytes(source: Path, path: str, sha256: str) -> bytes:
    data = (source / path).read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    check(actual == sha256, f"{path}: sha256 {actual}, expected {sha256} (update the pin in "
                            f"the script only after reviewing the new file)")
    return data


def read_rows(source: Path, path: str, sha256: str) -> list[dict[str, str]]:
    text = read_bytes(source, path, sha256).decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    check(header == COLUMNS, f"{path}: columns {header}, expected {COLUMNS}")
    rows = []
    for number, values in enumerate(reader, start=2):
        check(len(values) == len(COLUMNS), f"{path}:{number}: {len(values)} columns")
        rows.append(dict(zip(COLUMNS, values)))
    check(len(rows) > 0, f"{path}: no rows")
    return rows


def iris(cell: str) -> tuple[str, ...]:
    values = tuple(v for v in cell.split(";") if v)
    for value in values:
        check(value.startswith("https://") or value.startswith("http://"),
              f"not an IRI: {value!r}")
    return values


def to_term(row: dict[str, str], path: str, prefix: str) -> Term:
    namespace = row["namespace"]
    check(PREFIXES.get(namespace) == prefix,
          f"{path}: {row['iri']}: namespace {namespace}, expected the one of {prefix}:")
    check(row["vocab"] == prefix, f"{path}: {row['iri']}: vocab {row['vocab']!r}")
    check(TERM.match(row["term"]) is not None, f"{path}: term {row['term']!r}")
    check(row["iri"] == f"{namespace}#{row['term']}", f"{path}: iri {row['iri']}")
    check(row["type"] in ("class", "property"), f"{path}: {row['iri']}: type {row['type']!r}")
    return Term(
        curie=f"{prefix}:{row['term']}",
        iri=row["iri"],
        kind=row["type"],
        types=iris(row["dpvtype"]),
        parents=tuple(dict.fromkeys(iris(row["subclassof"]) + iris(row["hasbroader"]))),
        file=path,
    )


@dataclass
class Vocabulary:
    terms: dict[str, Term]  # by IRI
    commit: str
    hashes: list[tuple[str, str]]

    def curie(self, iri: str) -> str:
        return self.terms[iri].curie

    def by_curie(self, curie: str) -> Term:
        prefix, local = curie.split(":", 1)
        namespace = next(ns for ns, p in PREFIXES.items() if p == prefix)
        iri = f"{namespace}#{local}"
        check(iri in self.terms, f"{curie} is not in the DPV files")
        return self.terms[iri]

    def ancestors(self, iri: str) -> set[str]:
        """Every IRI reachable through subclassof/hasbroader (not the term itself)."""
        seen: set[str] = set()
        stack = [iri]
        while stack:
            current = stack.pop()
            term = self.terms.get(current)
            for parent in term.parents if term else ():
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    def narrower_or_equal(self, iri: str, top: str) -> bool:
        return iri == top or top in self.ancestors(iri)


def read_vocabulary(source: Path) -> Vocabulary:
    terms: dict[str, Term] = {}
    hashes = []
    for path, sha256, prefix in VOCABULARY_FILES:
        hashes.append((sha256, path))
        for row in read_rows(source, path, sha256):
            term = to_term(row, path, prefix)
            check(term.iri not in terms,
                  f"{term.iri} is in {terms[term.iri].file if term.iri in terms else ''} "
                  f"and {path}")
            terms[term.iri] = term
    for path, sha256 in MODULE_FILES:
        hashes.append((sha256, path))
        for row in read_rows(source, path, sha256):
            check(row["iri"] in terms, f"{path}: {row['iri']} is not in the vocabulary files")
            term = terms[row["iri"]]
            other = to_term(row, path, PREFIXES.get(row["namespace"], "?"))
            check((other.kind, other.types, other.parents) == (term.kind, term.types, term.parents),
                  f"{path}: {row['iri']} differs from {term.file} in {SELECTION_COLUMNS}")
    commit = read_bytes(source, *COMMIT_FILE).decode("ascii").strip()
    check(re.fullmatch(r"[0-9a-f]{40}", commit) is not None, f"COMMIT: {commit!r}")
    hashes.append((COMMIT_FILE[1], COMMIT_FILE[0]))
    return Vocabulary(terms=terms, commit=commit, hashes=hashes)


# ---------------------------------------------------------------------------------------------
# The tables.
# ---------------------------------------------------------------------------------------------


@dataclass
class Table:
    name: str
    doc: tuple[str, ...]
    members: list[str]


def build(v: Vocabulary) -> list[Table]:
    classes = [t for t in v.terms.values() if t.kind == "class"]

    def prefixed(term: Term, *prefixes: str) -> bool:
        return term.curie.split(":", 1)[0] in prefixes

    def typed(term: Term, name: str) -> bool:
        return DPV + name in term.types

    def curies(terms) -> set[str]:
        return {t.curie for t in terms}

    # Purposes.
    purposes = [t for t in classes
                if prefixed(t, "dpv", "sector-publicservices") and typed(t, "Purpose")]
    not_narrower = curies(t for t in purposes if DPV + "Purpose" not in v.ancestors(t.iri))
    check(not_narrower == PURPOSE_NOT_NARROWER,
          f"purposes not narrower than dpv:Purpose: {sorted(not_narrower)}")
    measures = [t for t in classes if DPV + "Purpose" in v.ancestors(t.iri)
                and not typed(t, "Purpose") and t.curie != "dpv:Purpose"]
    check(all(t.types == (DPV + "OrganisationalMeasure",) for t in measures),
          f"untyped concepts under dpv:Purpose: {sorted(curies(measures))}")

    # Processing.
    processing = [t for t in classes if prefixed(t, "dpv") and typed(t, "Processing")]
    check(curies(processing) == curies(t for t in classes
                                      if DPV + "Processing" in v.ancestors(t.iri)),
          "the concepts typed dpv:Processing are not those narrower than dpv:Processing")

    # Personal data.
    pd = [t for t in classes if prefixed(t, "pd")]
    for t in pd:
        check(DPV + "PersonalData" in v.ancestors(t.iri),
              f"{t.curie} is not narrower than dpv:PersonalData")
    direct = {p for t in pd for p in t.parents if p.startswith(DPV)} - {DPV + "PersonalData"}
    check({v.curie(p) for p in direct} == PERSONAL_DATA_DPV,
          f"dpv: parents of pd: concepts: {sorted(v.curie(p) for p in direct)}")
    personal = pd + [v.terms[p] for p in direct]
    special_top = DPV + "SpecialCategoryPersonalData"
    special = [t for t in personal if v.narrower_or_equal(t.iri, special_top)]
    special_typed = (curies(t for t in pd if special_top in t.types)
                     | {"dpv:SpecialCategoryPersonalData"})
    check(curies(special) == special_typed,
          "the pd: concepts typed dpv:SpecialCategoryPersonalData are not those narrower than it: "
          f"{sorted(curies(special) ^ special_typed)}")

    # Legal bases.
    legal = [t for t in classes if prefixed(t, "dpv", "eu-gdpr") and typed(t, "LegalBasis")]
    for t in legal:
        check(DPV + "LegalBasis" in v.ancestors(t.iri),
              f"{t.curie} is not narrower than dpv:LegalBasis")
    untyped = curies(t for t in classes if DPV + "LegalBasis" in v.ancestors(t.iri)) - curies(legal)
    check(untyped == LEGAL_BASIS_NARROWER_NOT_TYPED,
          f"concepts narrower than dpv:LegalBasis but not typed so: {sorted(untyped)}")
    consent = [t for t in legal if v.narrower_or_equal(t.iri, DPV + "Consent")]
    explicit = [t for t in legal if v.narrower_or_equal(t.iri, DPV + "ExplicitlyExpressedConsent")]

    # Rights, locations, laws, data subjects.
    rights = [t for t in classes if prefixed(t, "eu-gdpr") and typed(t, "Right")]
    locations = [t for t in classes if prefixed(t, "loc")]
    check(all(t.types and set(t.types) <= {DPV + "Country", DPV + "Region",
                                          DPV + "SupraNationalUnion"} for t in locations),
          "a loc: concept is not a country, region or union")
    laws = [t for t in classes if prefixed(t, "legal-eu", "legal-be") and typed(t, "Law")]
    subjects = [t for t in classes if prefixed(t, "dpv")
                and DPV + "HumanSubject" in v.ancestors(t.iri)]
    check(curies(subjects) == curies(t for t in classes if typed(t, "HumanSubject"))
          | {"dpv:DataSubject"},
          "the concepts narrower than dpv:HumanSubject are not dpv:DataSubject and those "
          "typed dpv:HumanSubject")

    def sort(terms) -> list[str]:
        members = sorted(curies(terms), key=lambda c: c.encode("ascii"))
        check(len(members) > 0, "an empty table")
        return members

    tables = [
        Table("PURPOSES", (
            "Purposes: the `dpv:` and `sector-publicservices:` concepts that DPV types",
            "`dpv:Purpose` (all narrower than `dpv:Purpose`, except `dpv:RightsFulfilment`,",
            "whose broader concept is the legal basis `dpv:LegalObligation`).",
            "",
            f"Not included: the {len(measures)} data-governance measures (`dpv:DataGovernance`,",
            "`dpv:DataQualityManagement`, ...), typed `dpv:OrganisationalMeasure` although DPV",
            "puts them under the purpose `dpv:OrganisationGovernance`.",
        ), sort(purposes)),
        Table("PROCESSING", (
            "Processing operations: the `dpv:` concepts typed `dpv:Processing`, which are exactly",
            "those narrower than `dpv:Processing` (`dpv:Collect`, `dpv:Store`, `dpv:Use`, ...).",
        ), sort(processing)),
        Table("PERSONAL_DATA", (
            "Personal-data categories: every `pd:` concept (all narrower than `dpv:PersonalData`),",
            "plus `dpv:SensitivePersonalData` and `dpv:SpecialCategoryPersonalData`, the `dpv:`",
            "concepts the `pd:` taxonomy hangs on. Not included: `dpv:PersonalData` itself and",
            "the `dpv:` concepts about how data was obtained or treated",
            "(`dpv:CollectedPersonalData`, `dpv:InferredPersonalData`, `dpv:PseudonymisedData`,",
            "...).",
        ), sort(personal)),
        Table("SPECIAL_PERSONAL_DATA", (
            "Special categories of personal data (GDPR art. 9): the members of [`PERSONAL_DATA`]",
            "equal to or narrower (transitively) than `dpv:SpecialCategoryPersonalData`; the",
            "generator checks that these are exactly the `pd:` concepts DPV types",
            "`dpv:SpecialCategoryPersonalData`, plus that concept. `dpv:SensitivePersonalData` and",
            "`pd:Vulnerability` are sensitive but not special.",
        ), sort(special)),
        Table("LEGAL_BASES", (
            "Legal bases: the `dpv:` and `eu-gdpr:` concepts typed `dpv:LegalBasis` (all narrower",
            "than `dpv:LegalBasis`; `dpv:LegalBasis` itself is not included), e.g. `dpv:Consent`,",
            "`eu-gdpr:A6-1-a-non-explicit-consent`, `eu-gdpr:A6-1-e-public-interest` and",
            "`eu-gdpr:A9-2-a`.",
        ), sort(legal)),
        Table("CONSENT_LEGAL_BASES", (
            "The consent legal bases: the members of [`LEGAL_BASES`] equal to or narrower",
            "(transitively) than `dpv:Consent`. They include `dpv:ImpliedConsent` and",
            "`dpv:UninformedConsent`, which are consent in DPV's sense but not valid GDPR consent.",
        ), sort(consent)),
        Table("EXPLICIT_CONSENT_LEGAL_BASES", (
            "The explicit-consent legal bases (as GDPR art. 9(2)(a) requires): the members of",
            "[`LEGAL_BASES`] equal to or narrower (transitively) than",
            "`dpv:ExplicitlyExpressedConsent`.",
        ), sort(explicit)),
        Table("RIGHTS", (
            "GDPR rights: the `eu-gdpr:` concepts typed `dpv:Right` (`eu-gdpr:A7-3`,",
            "`eu-gdpr:A15`, ...); not the four notices that DPV's rights module also holds.",
        ), sort(rights)),
        Table("LOCATIONS", (
            "Locations: the `loc:` concepts of the shared BE/EU subset of DPV's `loc` extension",
            "(Belgium, its regions and provinces, the EU and the EEA; DPV has no Flemish Region).",
        ), sort(locations)),
        Table("LAWS", (
            "Laws: the `legal-eu:` and `legal-be:` concepts typed `dpv:Law`",
            "(`legal-eu:law-GDPR`, ...).",
            "The data protection authorities (`legal-be:DPA-BE`, `legal-eu:DPA-EDPB`, ...) are not",
            "laws and are not included, so `legal-be:` contributes nothing.",
        ), sort(laws)),
        Table("DATA_SUBJECTS", (
            "Data-subject categories: the `dpv:` concepts narrower (transitively) than",
            "`dpv:HumanSubject`: `dpv:DataSubject` and the concepts typed `dpv:HumanSubject`",
            "(`dpv:Citizen`, `dpv:Child`, `dpv:ParentOfDataSubject`, ...).",
        ), sort(subjects)),
    ]
    sanity(v, {t.name: set(t.members) for t in tables})
    return tables


def sanity(v: Vocabulary, t: dict[str, set[str]]) -> None:
    """A few members the consent component relies on."""
    def has(table: str, *members: str) -> None:
        for member in members:
            check(member in t[table], f"{member} is not in {table}")

    def lacks(table: str, *members: str) -> None:
        for member in members:
            check(member not in t[table], f"{member} is in {table}")

    has("PURPOSES", "dpv:Marketing", "dpv:CommunicationManagement",
        "sector-publicservices:PublicServiceProvision")
    has("PROCESSING", "dpv:Collect", "dpv:Store", "dpv:Use", "dpv:Share", "dpv:Disseminate")
    has("PERSONAL_DATA", "pd:EmailAddress", "pd:Picture", "pd:HealthRecord")
    lacks("SPECIAL_PERSONAL_DATA", "pd:EmailAddress", "pd:Picture", "dpv:SensitivePersonalData")
    has("SPECIAL_PERSONAL_DATA", "pd:HealthRecord", "pd:Health", "pd:Biometric",
        "dpv:SpecialCategoryPersonalData")
    has("LEGAL_BASES", "dpv:Consent", "dpv:ExpressedConsent", "eu-gdpr:A6-1-a",
        "eu-gdpr:A6-1-e-public-interest", "eu-gdpr:A9-2-a")
    has("CONSENT_LEGAL_BASES", "dpv:Consent", "eu-gdpr:A6-1-a",
        "eu-gdpr:A6-1-a-non-explicit-consent", "eu-gdpr:A6-1-a-explicit-consent")
    lacks("CONSENT_LEGAL_BASES", "eu-gdpr:A6-1-e-public-interest", "eu-gdpr:A6-1-c")
    has("EXPLICIT_CONSENT_LEGAL_BASES", "dpv:ExplicitlyExpressedConsent", "eu-gdpr:A9-2-a",
        "eu-gdpr:A6-1-a-explicit-consent")
    lacks("EXPLICIT_CONSENT_LEGAL_BASES", "eu-gdpr:A6-1-a-non-explicit-consent",
          "eu-gdpr:A6-1-a")
    has("RIGHTS", "eu-gdpr:A7-3", "eu-gdpr:A15", "eu-gdpr:A17", "eu-gdpr:A20", "eu-gdpr:A77")
    has("LOCATIONS", "loc:BE", "loc:EU", "loc:EEA")
    has("LAWS", "legal-eu:law-GDPR")
    has("DATA_SUBJECTS", "dpv:DataSubject", "dpv:Citizen", "dpv:Child",
        "dpv:ParentOfDataSubject", "dpv:GuardianOfDataSubject")
    for sub, sup in (("SPECIAL_PERSONAL_DATA", "PERSONAL_DATA"),
                     ("CONSENT_LEGAL_BASES", "LEGAL_BASES"),
                     ("EXPLICIT_CONSENT_LEGAL_BASES", "CONSENT_LEGAL_BASES")):
        check(t[sub] <= t[sup], f"{sub} is not a subset of {sup}: {sorted(t[sub] - t[sup])}")
    names = list(t)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if {a, b} in ({"SPECIAL_PERSONAL_DATA", "PERSONAL_DATA"},
                          {"CONSENT_LEGAL_BASES", "LEGAL_BASES"},
                          {"EXPLICIT_CONSENT_LEGAL_BASES", "LEGAL_BASES"},
                          {"EXPLICIT_CONSENT_LEGAL_BASES", "CONSENT_LEGAL_BASES"}):
                continue
            check(not t[a] & t[b], f"{a} and {b} share {sorted(t[a] & t[b])}")
    for table in t.values():
        for curie in table:
            check(curie.isascii() and v.by_curie(curie).kind == "class", f"{curie}")


# ---------------------------------------------------------------------------------------------
# Writing Rust.
# ---------------------------------------------------------------------------------------------


def render(v: Vocabulary, tables: list[Table]) -> str:
    out = io.StringIO()
    w = out.write
    w("// @generated by scripts/gen_consent_terms.py; do not edit by hand.\n")
    w(f"// Regenerate with `{COMMAND}`; CI runs `{COMMAND} --check`.\n")
    w("//\n")
    w("// Term tables of the W3C Data Privacy Vocabulary (DPV) 2.3, read from the shared data\n")
    w("// folder ../shared/data/consent/dpv/, copied from\n")
    w(f"// {UPSTREAM} @ {v.commit}\n")
    w("// (W3C Software and Document License). The selection rule of each table is in its\n")
    w("// documentation and in the script's. Members are CURIEs with the prefixes dpv, pd, loc,\n")
    w("// eu-gdpr, legal-eu, legal-be and sector-publicservices, sorted in byte order so that\n")
    w("// they can be binary-searched.\n")
    w("// SHA-256 of the files read:\n")
    for sha256, path in v.hashes:
        w(f"//   {sha256}  {path}\n")
    w("\n")
    w(f"/// The commit of `{UPSTREAM}` the tables were generated from (DPV 2.3).\n")
    w(f"pub(crate) const DPV_COMMIT: &str = \"{v.commit}\";\n")
    for table in tables:
        w("\n")
        for line in table.doc:
            w(f"/// {line}\n" if line else "///\n")
        w("///\n")
        w(f"/// {len(table.members)} CURIEs, sorted in byte order.\n")
        w(f"pub(crate) static {table.name}: &[&str] = &[\n")
        for member in table.members:
            w(f"    \"{member}\",\n")
        w("];\n")
    return out.getvalue()


def generate(source: Path) -> tuple[str, list[Table]]:
    vocabulary = read_vocabulary(source)
    tables = build(vocabulary)
    return render(vocabulary, tables), tables


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed file differs from what would be generated")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, metavar="DIR",
                        help="the folder of the DPV CSV files (default: "
                             "../shared/data/consent/dpv beside the repository)")
    args = parser.parse_args()
    try:
        text, tables = generate(args.source)
    except (DataError, OSError, UnicodeDecodeError, csv.Error) as error:
        print(f"gen_consent_terms: {error}", file=sys.stderr)
        return 2
    print("gen_consent_terms: " + ", ".join(f"{t.name} {len(t.members)}" for t in tables))
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
