//! Address tests: parse.

use bouwstenen::Language;
use bouwstenen::address::Address;
use proptest::prelude::*;

/// One row of a parse-vector file (`parse_vectors.dev.tsv`, `parse_vectors.blind.tsv`).
#[derive(Debug)]
struct Row {
    id: String,
    kind: String,
    input: String,
    street: String,
    house_number: String,
    box_number: String,
    postcode: String,
    municipality: String,
    notes: String,
}

/// The rows of a parse-vector file: comment lines (`#`), the header and blank lines skipped;
/// a literal `\n` in the input is a line break.
fn rows(text: &str) -> Vec<Row> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("id\t") && !line.is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let get = |i: usize| f.get(i).copied().unwrap_or_default().to_owned();
            Row {
                id: get(0),
                kind: get(1),
                input: get(2).replace("\\n", "\n"),
                street: get(3),
                house_number: get(4),
                box_number: get(5),
                postcode: get(6),
                municipality: get(7),
                notes: get(10),
            }
        })
        .collect()
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// Parses every row of a parse-vector file and compares street, house number, box, postcode,
/// municipality and PO box (`po_box=N` in the notes of a `po_box` row) with the expected
/// ones; each parse's one-line form must also read back to the same parts. Reports every row
/// that differs.
fn check_vectors(text: &str, expected_rows: usize) {
    let rows = rows(text);
    assert_eq!(rows.len(), expected_rows);
    let mut failures = Vec::new();
    for row in &rows {
        let got = match Address::parse(&row.input) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{} {:?}: error {e:?}", row.id, row.input));
                continue;
            }
        };
        let po_box = row
            .notes
            .split(|c: char| c == ';' || c == ',' || c.is_whitespace())
            .find_map(|w| w.strip_prefix("po_box="))
            .map(str::to_owned);
        let expected = (
            opt(&row.street),
            opt(&row.house_number),
            opt(&row.box_number),
            opt(&row.postcode),
            opt(&row.municipality),
            if row.kind == "po_box" { po_box } else { None },
        );
        let actual = (
            got.street().map(str::to_owned),
            got.house_number().map(|n| n.to_string()),
            got.box_number().map(|b| b.to_string()),
            got.postcode().map(|p| p.to_string()),
            got.municipality().map(str::to_owned),
            got.po_box().map(str::to_owned),
        );
        let again = Address::parse(&got.to_string()).map(|a| parts(&a));
        if again.as_ref() != Ok(&parts(&got)) {
            failures.push(format!(
                "{} {:?}: its one-line form reads back as {again:?}",
                row.id, row.input
            ));
        }
        if expected != actual {
            failures.push(format!(
                "{} {:?}:\n   expected {expected:?}\n   got      {actual:?}",
                row.id, row.input
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn every_dev_vector_parses_as_expected() {
    check_vectors(include_str!("../data/addr/parse_vectors.dev.tsv"), 48);
}

/// The blind set: written independently of the parser, with the dev set's conventions.
#[test]
fn every_blind_vector_parses_as_expected() {
    check_vectors(include_str!("../data/addr/parse_vectors.blind.tsv"), 328);
}

/// The parts of a parse as `street|house|box|postcode|municipality` (empty when absent), or
/// `PO 123|postcode|municipality` for a PO box, or `error Name`.
fn summary(input: &str) -> String {
    match Address::parse(input) {
        Err(e) => format!("error {e:?}"),
        Ok(a) => parts(&a),
    }
}

/// The parts of an address as in [`summary`].
fn parts(a: &Address) -> String {
    let postcode = a.postcode().map(|p| p.to_string()).unwrap_or_default();
    let municipality = a.municipality().unwrap_or_default();
    if let Some(po_box) = a.po_box() {
        return format!("PO {po_box}|{postcode}|{municipality}");
    }
    format!(
        "{}|{}|{}|{postcode}|{municipality}",
        a.street().unwrap_or_default(),
        a.house_number().map(|n| n.to_string()).unwrap_or_default(),
        a.box_number().map(|b| b.to_string()).unwrap_or_default(),
    )
}

/// Checks a table of `(input, expected summary)`, reporting every row that differs.
fn check(cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(input, expected)| {
            let got = summary(input);
            (got != *expected)
                .then(|| format!("{input:?}\n   expected {expected}\n   got      {got}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn one_and_two_lines_in_either_order() {
    check(&[
        ("Korenmarkt 1, 9000 Gent", "Korenmarkt|1||9000|Gent"),
        ("Korenmarkt 1\n9000 Gent", "Korenmarkt|1||9000|Gent"),
        ("Korenmarkt 1\r\n9000 Gent\r\n", "Korenmarkt|1||9000|Gent"),
        ("Korenmarkt 1 9000 Gent", "Korenmarkt|1||9000|Gent"),
        ("9000 Gent\nKorenmarkt 1", "Korenmarkt|1||9000|Gent"),
        ("9000 Gent, Korenmarkt 1", "Korenmarkt|1||9000|Gent"),
        ("9000 Gent Korenmarkt 1", "Korenmarkt|1||9000|Gent"),
        (
            "1000 Bruxelles Rue de la Loi 16",
            "Rue de la Loi|16||1000|Bruxelles",
        ),
        (
            "Lange Nieuwstraat 7 bus 2; 2000 Antwerpen",
            "Lange Nieuwstraat|7|2|2000|Antwerpen",
        ),
        (
            "Rue du Château 5 - 5000 Namur",
            "Rue du Château|5||5000|Namur",
        ),
        ("Kerkstraat 12, Gent 9000", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12, 9000, Gent", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12, 9000", "Kerkstraat|12||9000|"),
    ]);
}

#[test]
fn a_leading_organisation_or_name_line_is_ignored() {
    check(&[
        (
            "Stad Gent, Botermarkt 1, 9000 Gent",
            "Botermarkt|1||9000|Gent",
        ),
        (
            "Stad Gent\nBotermarkt 1\n9000 Gent",
            "Botermarkt|1||9000|Gent",
        ),
        (
            "t.a.v. Dienst Burgerzaken\nStad Antwerpen\nGrote Markt 1\n2000 Antwerpen",
            "Grote Markt|1||2000|Antwerpen",
        ),
        (
            "Residentie Astrid, Zeedijk 100 bus 0201, 8400 Oostende",
            "Zeedijk|100|0201|8400|Oostende",
        ),
        (
            "Gemeente Sint-Gillis, Van Meenenplein 39, 1060 Sint-Gillis",
            "Van Meenenplein|39||1060|Sint-Gillis",
        ),
        (
            "Commune d'Ixelles\nChaussée d'Ixelles 168\n1050 Ixelles",
            "Chaussée d'Ixelles|168||1050|Ixelles",
        ),
    ]);
}

#[test]
fn postcode_prefixes_and_country_suffixes() {
    check(&[
        ("Wetstraat 16, B-1000 Brussel", "Wetstraat|16||1000|Brussel"),
        (
            "Wetstraat 16, BE-1000 Brussel",
            "Wetstraat|16||1000|Brussel",
        ),
        ("Wetstraat 16, B1000 Brussel", "Wetstraat|16||1000|Brussel"),
        ("Wetstraat 16 B-1000 Brussel", "Wetstraat|16||1000|Brussel"),
        (
            "Sint-Pietersnieuwstraat 33 B-9000 Gent",
            "Sint-Pietersnieuwstraat|33||9000|Gent",
        ),
        (
            "Wetstraat 16, 1000 Brussel, België",
            "Wetstraat|16||1000|Brussel",
        ),
        (
            "Wetstraat 16, 1000 Brussel, Belgie",
            "Wetstraat|16||1000|Brussel",
        ),
        (
            "Rue de la Loi 16\n1000 Bruxelles\nBelgique",
            "Rue de la Loi|16||1000|Bruxelles",
        ),
        (
            "Klosterstraße 1, 4700 Eupen, Belgien",
            "Klosterstraße|1||4700|Eupen",
        ),
        (
            "Wetstraat 16, 1000 Brussel, Belgium",
            "Wetstraat|16||1000|Brussel",
        ),
        (
            "Wetstraat 16, 1000 Brussel, BE",
            "Wetstraat|16||1000|Brussel",
        ),
        ("Wetstraat 16 1000 Brussel BE", "Wetstraat|16||1000|Brussel"),
        (
            "WETSTRAAT 16\n1000 BRUSSEL\nBELGIË",
            "WETSTRAAT|16||1000|BRUSSEL",
        ),
        (
            "Wetstraat 16, 1000 Brussel - Belgique",
            "Wetstraat|16||1000|Brussel",
        ),
        ("Kerkstraat 12 B 9000 Gent", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12\nB 9000 Gent", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12 BE 9000 Gent", "Kerkstraat|12||9000|Gent"),
    ]);
}

#[test]
fn foreign_countries_are_kept() {
    let a = Address::parse("Dam 1, 1012 JS Amsterdam, Nederland").unwrap();
    assert_eq!(a.country(), Some("Nederland"));
    assert_eq!(a.street(), Some("Dam"));
    assert_eq!(a.municipality(), Some("1012 JS Amsterdam"));
    assert_eq!(a.postcode(), None, "a Dutch postcode is not a Belgian one");
    assert!(!a.is_belgian());
    let a = Address::parse("Rue de Rivoli 10\n75001 Paris\nFrance").unwrap();
    assert_eq!(
        (a.street(), a.municipality(), a.country()),
        (Some("Rue de Rivoli"), Some("75001 Paris"), Some("France"))
    );
    let a = Address::parse("10 Downing Street, London SW1A 2AA, United Kingdom").unwrap();
    assert_eq!(a.street(), Some("Downing Street"));
    assert_eq!(a.municipality(), Some("London SW1A 2AA"));
    assert_eq!(a.country(), Some("United Kingdom"));
    let a = Address::parse("Hauptstraße 5, 52062 Aachen, Deutschland").unwrap();
    assert_eq!(
        (a.street(), a.municipality(), a.country()),
        (
            Some("Hauptstraße"),
            Some("52062 Aachen"),
            Some("Deutschland")
        )
    );
}

/// A country in brackets after the municipality: Belgium is dropped like the other country
/// suffixes, a foreign country is kept as the country.
#[test]
fn a_bracketed_country_after_the_municipality() {
    check(&[
        (
            "Stationsplein 1, 8400 Oostende (België)",
            "Stationsplein|1||8400|Oostende",
        ),
        ("Korenmarkt 1, 9000 Gent (B)", "Korenmarkt|1||9000|Gent"),
        ("Korenmarkt 1, 9000 Gent (BE)", "Korenmarkt|1||9000|Gent"),
        (
            "Korenmarkt 1\n9000 Gent (Belgium)",
            "Korenmarkt|1||9000|Gent",
        ),
        (
            "Rue Neuve 1, 1000 Bruxelles (Belgique)",
            "Rue Neuve|1||1000|Bruxelles",
        ),
        (
            "Klosterstraße 1, 4700 Eupen (Belgien)",
            "Klosterstraße|1||4700|Eupen",
        ),
        (
            "Kerkstraat 12 bus 3, 9000 Gent (B)",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Korenmarkt 1, 9000 Gent, (België)",
            "Korenmarkt|1||9000|Gent",
        ),
        ("Korenmarkt 1, Gent (België)", "Korenmarkt|1|||Gent"),
        // Not a country: kept.
        (
            "Kerkstraat 1, 9000 Gent (Oost-Vlaanderen)",
            "Kerkstraat|1||9000|Gent (Oost-Vlaanderen)",
        ),
        // After a number, `(B)` is no country (a building or box; here a remark).
        ("Kerkstraat 12 (B), 9000 Gent", "Kerkstraat|12||9000|Gent"),
    ]);
    let a = Address::parse("Hauptstraße 5, 52062 Aachen (Deutschland)").unwrap();
    assert_eq!(
        (a.street(), a.municipality(), a.country()),
        (
            Some("Hauptstraße"),
            Some("52062 Aachen"),
            Some("Deutschland")
        )
    );
    let a = Address::parse("Dam 1, 1012 JS Amsterdam (NL)").unwrap();
    assert_eq!(a.country(), Some("NL"));
    assert_eq!(a.municipality(), Some("1012 JS Amsterdam"));
}

/// A number where the postcode should be that is no Belgian postcode (`99999`, `0999`) does
/// not make the parse fail: it is dropped, the municipality kept, and validation reports the
/// postcode as missing.
#[test]
fn an_invalid_postcode_is_dropped_and_the_municipality_kept() {
    use bouwstenen::address::Finding;
    check(&[
        ("Kerkstraat 12, 99999 Gent", "Kerkstraat|12|||Gent"),
        ("Kerkstraat 12\n99999 Gent", "Kerkstraat|12|||Gent"),
        ("Kerkstraat 12 bus 3, 0999 Gent", "Kerkstraat|12|3||Gent"),
        ("Meir 12, 123456 Antwerpen", "Meir|12|||Antwerpen"),
    ]);
    let a = Address::parse("Kerkstraat 12, 99999 Gent").unwrap();
    assert!(a.postcode().is_none());
    assert!(
        a.validate().findings().contains(&Finding::PostcodeMissing),
        "{:?}",
        a.validate().findings()
    );
    // A house number on a line of its own is still no postcode (`Kerkstraat, 12 Gent`).
    assert_eq!(
        Address::parse("Kerkstraat, 12 Gent"),
        Err(bouwstenen::address::AddressError::NoLocality)
    );
}

#[test]
fn box_markers_in_every_spelling() {
    check(&[
        (
            "Kerkstraat 12 bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 Bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "KERKSTRAAT 12 BUS 3, 9000 GENT",
            "KERKSTRAAT|12|3|9000|GENT",
        ),
        ("Kerkstraat 12bus3, 9000 Gent", "Kerkstraat|12|3|9000|Gent"),
        ("Kerkstraat 12 bus3, 9000 Gent", "Kerkstraat|12|3|9000|Gent"),
        (
            "Kerkstraat 12, bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 - bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Rue Haute 12 bte 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12 bte. 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12 Bte. 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12 boîte 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12 boite 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12 BOÎTE 3, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Bondgenotenlaan 5 box 2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Bondgenotenlaan 5, box2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Bondgenotenlaan 5 b 2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Bondgenotenlaan 5 b. 2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Bondgenotenlaan 5 bt 2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Avenue Louise 54 app 3, 1050 Ixelles",
            "Avenue Louise|54|3|1050|Ixelles",
        ),
        (
            "Avenue Louise 54 app. 3, 1050 Ixelles",
            "Avenue Louise|54|3|1050|Ixelles",
        ),
        (
            "Avenue Louise 54 appt 3, 1050 Ixelles",
            "Avenue Louise|54|3|1050|Ixelles",
        ),
        (
            "Avenue Louise 54 apt 3, 1050 Ixelles",
            "Avenue Louise|54|3|1050|Ixelles",
        ),
        (
            "Bondgenotenlaan 5 #2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Bondgenotenlaan 5/2, 3000 Leuven",
            "Bondgenotenlaan|5|2|3000|Leuven",
        ),
        (
            "Hauptstraße 54 pf 2, 4780 Sankt Vith",
            "Hauptstraße|54|2|4780|Sankt Vith",
        ),
        ("Kerkstraat 12 bus, 9000 Gent", "Kerkstraat|12||9000|Gent"),
    ]);
}

#[test]
fn box_values_are_kept_as_written() {
    check(&[
        (
            "Zeedijk 100 bus 0201, 8400 Oostende",
            "Zeedijk|100|0201|8400|Oostende",
        ),
        (
            "Zeedijk 100/0201, 8400 Oostende",
            "Zeedijk|100|0201|8400|Oostende",
        ),
        (
            "Sint-Jacobsstraat 10 bus 1.02, 8000 Brugge",
            "Sint-Jacobsstraat|10|1.02|8000|Brugge",
        ),
        (
            "Sint-Jacobsstraat 10/1.02, 8000 Brugge",
            "Sint-Jacobsstraat|10|1.02|8000|Brugge",
        ),
        (
            "Rue de Neerpede 316 bte RDC, 1070 Anderlecht",
            "Rue de Neerpede|316|RDC|1070|Anderlecht",
        ),
        (
            "Rue de Neerpede 316 RDC, 1070 Anderlecht",
            "Rue de Neerpede|316|RDC|1070|Anderlecht",
        ),
        (
            "Kerkstraat 12 bus A, 9000 Gent",
            "Kerkstraat|12|A|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus a, 9000 Gent",
            "Kerkstraat|12|a|9000|Gent",
        ),
        (
            "Veldstraat 12 A02, 9000 Gent",
            "Veldstraat|12|A02|9000|Gent",
        ),
        (
            "Pastorijstraat 20 bus 34, 3620 Lanaken",
            "Pastorijstraat|20|34|3620|Lanaken",
        ),
        (
            "Rue Haute 12 bte 0.1, 1000 Bruxelles",
            "Rue Haute|12|0.1|1000|Bruxelles",
        ),
        ("Kerkstraat 12 b3, 9000 Gent", "Kerkstraat|12|3|9000|Gent"),
    ]);
}

/// The real-world samples of itenium-be/confac#370 (`standards/addresses.md` §1.2, §4.5).
#[test]
fn the_confac_samples() {
    check(&[
        (
            "Rue Haute 18/4, 1000 Bruxelles",
            "Rue Haute|18|4|1000|Bruxelles",
        ),
        (
            "Nieuwstraat 20/A, 1000 Brussel",
            "Nieuwstraat|20|A|1000|Brussel",
        ),
        ("Veldstraat 7B, 9000 Gent", "Veldstraat|7B||9000|Gent"),
        (
            "Kempische Steenweg 303, bus 100, 3500 Hasselt",
            "Kempische Steenweg|303|100|3500|Hasselt",
        ),
        (
            "Nieuwstraat 48/B, 1000 Brussel",
            "Nieuwstraat|48|B|1000|Brussel",
        ),
        (
            "Arnaud Fraiteurlaan 15-23 A02, 1050 Elsene",
            "Arnaud Fraiteurlaan|15-23|A02|1050|Elsene",
        ),
        (
            "Kerkstraat 75 Bus 3, 9000 Gent",
            "Kerkstraat|75|3|9000|Gent",
        ),
        (
            "Brugsesteenweg 255, box2, 8500 Kortrijk",
            "Brugsesteenweg|255|2|8500|Kortrijk",
        ),
        (
            "Chaussée de Wavre 455 I, 1040 Etterbeek",
            "Chaussée de Wavre|455I||1040|Etterbeek",
        ),
        (
            "Bredabaan 24-26, 2930 Brasschaat",
            "Bredabaan|24-26||2930|Brasschaat",
        ),
    ]);
}

/// The AdresMatch sanitizer's rules (`AdresMatchSanitizationTests.cs`, `standards/addresses.md`
/// §1.3): two numbers are a house number and box when the first is higher, a range otherwise.
#[test]
fn the_adresmatch_number_rules() {
    check(&[
        (
            "Kerkstraat 30/20, 9200 Dendermonde",
            "Kerkstraat|30|20|9200|Dendermonde",
        ),
        (
            "Kerkstraat 30-20, 9200 Dendermonde",
            "Kerkstraat|30|20|9200|Dendermonde",
        ),
        (
            "Kerkstraat 30+20, 9200 Dendermonde",
            "Kerkstraat|30|20|9200|Dendermonde",
        ),
        (
            "Kerkstraat 30 20, 9200 Dendermonde",
            "Kerkstraat|30|20|9200|Dendermonde",
        ),
        (
            "Kerkstraat 20/30, 9200 Dendermonde",
            "Kerkstraat|20-30||9200|Dendermonde",
        ),
        (
            "Kerkstraat 20-30, 9200 Dendermonde",
            "Kerkstraat|20-30||9200|Dendermonde",
        ),
        (
            "Kerkstraat 20 30, 9200 Dendermonde",
            "Kerkstraat|20-30||9200|Dendermonde",
        ),
        (
            "Steengroefstraat 21/27, 9200 Dendermonde",
            "Steengroefstraat|21-27||9200|Dendermonde",
        ),
        (
            "Steengroefstraat 21-27, 9200 Dendermonde",
            "Steengroefstraat|21-27||9200|Dendermonde",
        ),
        (
            "Bredabaan 12 - 14, 2930 Brasschaat",
            "Bredabaan|12-14||2930|Brasschaat",
        ),
        (
            "Kerkstraat 30-b, 9200 Dendermonde",
            "Kerkstraat|30|B|9200|Dendermonde",
        ),
        (
            "Kerkstraat 4b, 9200 Dendermonde",
            "Kerkstraat|4B||9200|Dendermonde",
        ),
        (
            "Kerkstraat 10 e, 9200 Dendermonde",
            "Kerkstraat|10E||9200|Dendermonde",
        ),
        (
            "Kerkstraat 10bis, 9200 Dendermonde",
            "Kerkstraat|10bis||9200|Dendermonde",
        ),
        (
            "Kerkstraat 0030, 9200 Dendermonde",
            "Kerkstraat|30||9200|Dendermonde",
        ),
        (
            "teststraat 5, 9200 Dendermonde",
            "teststraat|5||9200|Dendermonde",
        ),
        (
            "5 teststraat, 9200 Dendermonde",
            "teststraat|5||9200|Dendermonde",
        ),
        (
            "teststraat, 10, 9200 Dendermonde",
            "teststraat|10||9200|Dendermonde",
        ),
        // A box with a leading zero is never the end of a range.
        (
            "Kerkstraat 12/02, 9200 Dendermonde",
            "Kerkstraat|12|02|9200|Dendermonde",
        ),
        (
            "Kerkstraat 1/0201, 9200 Dendermonde",
            "Kerkstraat|1|0201|9200|Dendermonde",
        ),
        (
            "Kerkstraat 12/12, 9200 Dendermonde",
            "Kerkstraat|12|12|9200|Dendermonde",
        ),
        (
            "Kerkstraat 12-12A, 9200 Dendermonde",
            "Kerkstraat|12-12A||9200|Dendermonde",
        ),
    ]);
}

#[test]
fn house_number_letters_and_latin_suffixes() {
    check(&[
        ("Veldstraat 12A, 9000 Gent", "Veldstraat|12A||9000|Gent"),
        ("Veldstraat 12a, 9000 Gent", "Veldstraat|12A||9000|Gent"),
        ("Veldstraat 12 a, 9000 Gent", "Veldstraat|12A||9000|Gent"),
        ("Veldstraat 12 b, 9000 Gent", "Veldstraat|12B||9000|Gent"),
        (
            "Chaussée d'Ixelles 227 b, 1050 Ixelles",
            "Chaussée d'Ixelles|227B||1050|Ixelles",
        ),
        (
            "Rue Haute 12bis, 1000 Bruxelles",
            "Rue Haute|12bis||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 BIS, 1000 Bruxelles",
            "Rue Haute|12bis||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 ter, 1000 Bruxelles",
            "Rue Haute|12ter||1000|Bruxelles",
        ),
        (
            "Rue Haute 12bis bte 3, 1000 Bruxelles",
            "Rue Haute|12bis|3|1000|Bruxelles",
        ),
        (
            "Veldstraat 12A bus 3, 9000 Gent",
            "Veldstraat|12A|3|9000|Gent",
        ),
        ("Veldstraat 12A/3, 9000 Gent", "Veldstraat|12A|3|9000|Gent"),
        (
            "Veldstraat 12-14B, 9000 Gent",
            "Veldstraat|12-14B||9000|Gent",
        ),
    ]);
}

/// `bis`, `ter` and `quater` belong to the house number even after a separator: the
/// AdresMatch rule `30-b` → box `B` is for single letters only.
#[test]
fn latin_suffixes_after_a_separator_are_never_boxes() {
    check(&[
        (
            "Rue Haute 12-bis, 1000 Bruxelles",
            "Rue Haute|12bis||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 - bis, 1000 Bruxelles",
            "Rue Haute|12bis||1000|Bruxelles",
        ),
        (
            "Rue Haute 12-TER, 1000 Bruxelles",
            "Rue Haute|12ter||1000|Bruxelles",
        ),
        (
            "Rue Haute 12/quater, 1000 Bruxelles",
            "Rue Haute|12quater||1000|Bruxelles",
        ),
        (
            "Rue Haute 12-bis bte 3, 1000 Bruxelles",
            "Rue Haute|12bis|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12-bis/3, 1000 Bruxelles",
            "Rue Haute|12bis|3|1000|Bruxelles",
        ),
        (
            "Rue Haute 12-bis-14, 1000 Bruxelles",
            "Rue Haute|12bis-14||1000|Bruxelles",
        ),
        (
            "12-bis rue de la Loi, 1000 Bruxelles",
            "rue de la Loi|12bis||1000|Bruxelles",
        ),
        // A second suffix has no place in a house number and is dropped, not made a box.
        (
            "Rue Haute 12A-bis, 1000 Bruxelles",
            "Rue Haute|12A||1000|Bruxelles",
        ),
        // Single letters are still boxes.
        (
            "Kerkstraat 30-b, 9200 Dendermonde",
            "Kerkstraat|30|B|9200|Dendermonde",
        ),
        (
            "Rue Haute 12-A, 1000 Bruxelles",
            "Rue Haute|12|A|1000|Bruxelles",
        ),
    ]);
}

/// Where the door is (floor, front or back) is no part of the address: it is dropped after
/// the house number and box, and never taken for a box without a marker.
#[test]
fn floor_and_position_remarks_after_the_number_are_dropped() {
    check(&[
        (
            "Kerkstraat 12 3de verdieping, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12 2e verdieping, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12 op de 1ste verdieping, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12 - 3de verdieping, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        ("Kerkstraat 12 3de, 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Kerkstraat 12 gelijkvloers, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12 achterbouw, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12 (achterbouw), 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Rue Haute 12 rez-de-chaussée, 1000 Bruxelles",
            "Rue Haute|12||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 1er étage, 1000 Bruxelles",
            "Rue Haute|12||1000|Bruxelles",
        ),
        (
            "Rue de la Loi 16 (2e étage), 1000 Bruxelles",
            "Rue de la Loi|16||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 2ème étage arrière, 1000 Bruxelles",
            "Rue Haute|12||1000|Bruxelles",
        ),
        // With a box: before or after the remark, or on a line of its own.
        (
            "Kerkstraat 12 bus 3 2de verdieping, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 achteraan bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Rue Haute 12 bte 3 rez-de-chaussée, 1000 Bruxelles",
            "Rue Haute|12|3|1000|Bruxelles",
        ),
        (
            "Kerkstraat 12, 3de verdieping, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Meir 12, 3de verdieping, 2000 Antwerpen",
            "Meir|12||2000|Antwerpen",
        ),
        (
            "Kerkstraat 12, 3de verdieping, bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "3de verdieping\nMeir 12\n2000 Antwerpen",
            "Meir|12||2000|Antwerpen",
        ),
        // Number first.
        (
            "12 rue de la Loi 2e étage, 1000 Bruxelles",
            "rue de la Loi|12||1000|Bruxelles",
        ),
        (
            "12 rue de la Loi (2e étage), 1000 Bruxelles",
            "rue de la Loi|12||1000|Bruxelles",
        ),
        // A marker makes it a box; `RDC` is a box as BeST writes it; `2e` alone keeps the
        // AdresMatch reading of two numbers.
        (
            "Kerkstraat 12 bus 3de, 9000 Gent",
            "Kerkstraat|12|3de|9000|Gent",
        ),
        (
            "Rue de Neerpede 316 RDC gauche, 1070 Anderlecht",
            "Rue de Neerpede|316|RDC|1070|Anderlecht",
        ),
        ("Kerkstraat 12 2e, 9000 Gent", "Kerkstraat|12|2e|9000|Gent"),
    ]);
    // A remark is not a locality.
    use bouwstenen::address::AddressError;
    for input in [
        "Kerkstraat 12 (achterbouw)",
        "Kerkstraat 12 achterbouw",
        "Kerkstraat 12, links",
    ] {
        assert_eq!(
            Address::parse(input),
            Err(AddressError::NoLocality),
            "{input:?}"
        );
    }
}

/// `<name> <number> <words>`: words after the number that cannot be part of the street name
/// are dropped and the number kept; words that make the number part of the name (a month, an
/// article before it, an ordinal glued to it) keep it in the name.
#[test]
fn other_words_after_the_number_do_not_lose_it() {
    check(&[
        (
            "Kerkstraat 12 achteraan links, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Chaussée de Mons 12 arrière, 1070 Anderlecht",
            "Chaussée de Mons|12||1070|Anderlecht",
        ),
        ("Kerkstraat 12 Gent, 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Grote Markt 7B bus 3 Gent, 9000 Gent",
            "Grote Markt|7B|3|9000|Gent",
        ),
        (
            "Rue des 3 Arbres 7 arrière, 1180 Uccle",
            "Rue des 3 Arbres|7||1180|Uccle",
        ),
        (
            "Boulevard du 9e de Ligne 27 2e étage, 1000 Bruxelles",
            "Boulevard du 9e de Ligne|27||1000|Bruxelles",
        ),
        (
            "Avenue Albert 1er 12 1er étage, 5000 Namur",
            "Avenue Albert 1er|12||5000|Namur",
        ),
        (
            "11 Novemberstraat 5 2de verdieping, 3000 Leuven",
            "11 Novemberstraat|5||3000|Leuven",
        ),
        // The number belongs to the name: no house number.
        (
            "Rue des 3 Arbres, 1180 Uccle",
            "Rue des 3 Arbres|||1180|Uccle",
        ),
        (
            "Boulevard du 9e de Ligne, 1000 Bruxelles",
            "Boulevard du 9e de Ligne|||1000|Bruxelles",
        ),
        (
            "Avenue Albert 1er, 5000 Namur",
            "Avenue Albert 1er|||5000|Namur",
        ),
        (
            "12 Avenue Albert 1er, 5000 Namur",
            "Avenue Albert 1er|12||5000|Namur",
        ),
        (
            "Place du 20 Août, 4000 Liège",
            "Place du 20 Août|||4000|Liège",
        ),
        // Remark words that are part of a name stay in it.
        (
            "12 Rue de la Droite, 1000 Bruxelles",
            "Rue de la Droite|12||1000|Bruxelles",
        ),
        (
            "Rue de la Droite 12, 1000 Bruxelles",
            "Rue de la Droite|12||1000|Bruxelles",
        ),
        // Without a postcode, the words after the number are still the locality.
        ("Kerkstraat 12 Gent", "Kerkstraat|12|||Gent"),
        // What is not understood is left in the street name rather than guessed.
        (
            "Kerkstraat 30/20 bus 4 Gent, 9000 Gent",
            "Kerkstraat 30/20 bus 4 Gent|||9000|Gent",
        ),
    ]);
}

/// AdresMatch drops `naast nr` (`Kerkstraat naast nr 30` → 30): the door is next to, opposite
/// or near that number. `bij` and `près de` only count before `nr`/`n°`.
#[test]
fn position_words_before_the_number_are_dropped() {
    check(&[
        (
            "Kerkstraat naast nr 30, 9000 Gent",
            "Kerkstraat|30||9000|Gent",
        ),
        ("Kerkstraat naast 30, 9000 Gent", "Kerkstraat|30||9000|Gent"),
        (
            "Kerkstraat tegenover nr. 30 bus 2, 9000 Gent",
            "Kerkstraat|30|2|9000|Gent",
        ),
        (
            "Kerkstraat bij nr 30, 9000 Gent",
            "Kerkstraat|30||9000|Gent",
        ),
        (
            "Rue Haute à côté du n° 30, 1000 Bruxelles",
            "Rue Haute|30||1000|Bruxelles",
        ),
        (
            "Rue Haute en face du n° 30, 1000 Bruxelles",
            "Rue Haute|30||1000|Bruxelles",
        ),
        (
            "Rue de l'Église vis-à-vis du n° 5, 5000 Namur",
            "Rue de l'Église|5||5000|Namur",
        ),
        (
            "Hauptstraße gegenüber Nr. 5, 4700 Eupen",
            "Hauptstraße|5||4700|Eupen",
        ),
        // Without `nr`, `bij` may end a name; with no name left the words stay.
        (
            "Kerkstraat bij 30, 9000 Gent",
            "Kerkstraat bij|30||9000|Gent",
        ),
        ("Naast nr 30, 9000 Gent", "Naast|30||9000|Gent"),
    ]);
}

#[test]
fn number_markers_and_number_before_street() {
    check(&[
        (
            "Rue de la Station n° 12, 1300 Wavre",
            "Rue de la Station|12||1300|Wavre",
        ),
        (
            "Rue de la Station N°12, 1300 Wavre",
            "Rue de la Station|12||1300|Wavre",
        ),
        (
            "Rue de la Station nº 12, 1300 Wavre",
            "Rue de la Station|12||1300|Wavre",
        ),
        (
            "Rue de la Station No. 12, 1300 Wavre",
            "Rue de la Station|12||1300|Wavre",
        ),
        (
            "Rue de la Station no 12, 1300 Wavre",
            "Rue de la Station|12||1300|Wavre",
        ),
        ("Kerkstraat nr 12, 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Kerkstraat nr. 12 bus 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "12 rue de la Loi, 1000 Bruxelles",
            "rue de la Loi|12||1000|Bruxelles",
        ),
        (
            "12, rue de la Loi, 1000 Bruxelles",
            "rue de la Loi|12||1000|Bruxelles",
        ),
        (
            "12 bis rue de la Loi, 1000 Bruxelles",
            "rue de la Loi|12bis||1000|Bruxelles",
        ),
        (
            "5 Avenue du 2 Septembre, 5000 Namur",
            "Avenue du 2 Septembre|5||5000|Namur",
        ),
    ]);
}

#[test]
fn digits_inside_street_names() {
    check(&[
        (
            "Rue du 11 Novembre 5, 5000 Namur",
            "Rue du 11 Novembre|5||5000|Namur",
        ),
        (
            "Rue du 11 Novembre, 5000 Namur",
            "Rue du 11 Novembre|||5000|Namur",
        ),
        (
            "Avenue du 2 Septembre 5 bte 1, 4800 Verviers",
            "Avenue du 2 Septembre|5|1|4800|Verviers",
        ),
        (
            "Avenue du 2 Septembre, 4800 Verviers",
            "Avenue du 2 Septembre|||4800|Verviers",
        ),
        (
            "11 Novemberstraat 5, 3000 Leuven",
            "11 Novemberstraat|5||3000|Leuven",
        ),
        (
            "11 novemberstraat, 3000 Leuven",
            "11 novemberstraat|||3000|Leuven",
        ),
        ("Elfjulistraat 45, 9000 Gent", "Elfjulistraat|45||9000|Gent"),
        (
            "Place du 20 Août 7, 4000 Liège",
            "Place du 20 Août|7||4000|Liège",
        ),
        (
            "Avenue Albert 1er 12, 5000 Namur",
            "Avenue Albert 1er|12||5000|Namur",
        ),
        (
            "Koning Albert I-laan 12, 8200 Brugge",
            "Koning Albert I-laan|12||8200|Brugge",
        ),
        (
            "Leopold II-laan 5, 8400 Oostende",
            "Leopold II-laan|5||8400|Oostende",
        ),
        (
            "Rue des 3 Arbres 7, 1180 Uccle",
            "Rue des 3 Arbres|7||1180|Uccle",
        ),
        (
            "Boulevard du 9e de Ligne 12, 1000 Bruxelles",
            "Boulevard du 9e de Ligne|12||1000|Bruxelles",
        ),
    ]);
}

#[test]
fn four_digit_house_numbers_are_not_postcodes() {
    check(&[
        (
            "Kortrijksesteenweg 1085 bus 2, 9051 Sint-Denijs-Westrem",
            "Kortrijksesteenweg|1085|2|9051|Sint-Denijs-Westrem",
        ),
        (
            "Kortrijksesteenweg 1085 9051 Sint-Denijs-Westrem",
            "Kortrijksesteenweg|1085||9051|Sint-Denijs-Westrem",
        ),
        ("Meir 1000 2000 Antwerpen", "Meir|1000||2000|Antwerpen"),
        (
            "Chaussée de Gand 1000 bte 5, 1080 Molenbeek-Saint-Jean",
            "Chaussée de Gand|1000|5|1080|Molenbeek-Saint-Jean",
        ),
        (
            "Steenweg 1000-1020, 9000 Gent",
            "Steenweg|1000-1020||9000|Gent",
        ),
        (
            "Kerkstraat 12 bus 1001 9000 Gent",
            "Kerkstraat|12|1001|9000|Gent",
        ),
        ("Postbus 1234, 9000 Gent", "PO 1234|9000|Gent"),
    ]);
}

#[test]
fn po_boxes() {
    check(&[
        ("Postbus 123, 9000 Gent", "PO 123|9000|Gent"),
        ("Postbus123, 9000 Gent", "PO 123|9000|Gent"),
        ("Postbus 123 9000 Gent", "PO 123|9000|Gent"),
        ("POSTBUS 123\n9000 GENT", "PO 123|9000|GENT"),
        ("PB 123, 2000 Antwerpen", "PO 123|2000|Antwerpen"),
        ("BP 123, 1000 Bruxelles", "PO 123|1000|Bruxelles"),
        ("B.P. 123, 1000 Bruxelles", "PO 123|1000|Bruxelles"),
        ("Boîte postale 123, 5000 Namur", "PO 123|5000|Namur"),
        ("Boite Postale 45\n4000 Liège", "PO 45|4000|Liège"),
        ("Postfach 123, 4700 Eupen", "PO 123|4700|Eupen"),
        ("Stad Gent, Postbus 123, 9000 Gent", "PO 123|9000|Gent"),
        ("B.P. 1000, 1000 Bruxelles", "PO 1000|1000|Bruxelles"),
        ("PB 5000 5000 Namur", "PO 5000|5000|Namur"),
    ]);
}

#[test]
fn case_whitespace_and_punctuation() {
    check(&[
        (
            "  kerkstraat   12  ,  bus   3 ,,  9000   gent  ",
            "kerkstraat|12|3|9000|gent",
        ),
        ("Kerkstraat\t12\t9000\tGent", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12.\n9000 Gent.", "Kerkstraat|12||9000|Gent"),
        (
            "Kerkstraat 12 Bus3 , 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        ("Kerkstraat12, 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Kerkstraat 12 (achteringang), 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        ("Kerkstraat 12 - 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Grote Markt 1, 9100 St-Niklaas.",
            "Grote Markt|1||9100|St-Niklaas",
        ),
        (
            "Hauptstraße 54, 4780 St. Vith",
            "Hauptstraße|54||4780|St. Vith",
        ),
        (
            "RUE NEUVE 123 BTE 4, 1000 BRUXELLES",
            "RUE NEUVE|123|4|1000|BRUXELLES",
        ),
        (
            "rue neuve 123 bte 4, 1000 bruxelles",
            "rue neuve|123|4|1000|bruxelles",
        ),
        (
            "O.L.Vrouwstraat 1, 2800 Mechelen",
            "O.L.Vrouwstraat|1||2800|Mechelen",
        ),
        ("Kerkstr. 12, 9000 Gent", "Kerkstr.|12||9000|Gent"),
    ]);
}

#[test]
fn names_are_kept_as_written() {
    check(&[
        (
            "Rue Royale - Koningsstraat 1, 1000 Bruxelles - Brussel",
            "Rue Royale - Koningsstraat|1||1000|Bruxelles - Brussel",
        ),
        (
            "Chaussée de Mons - Bergense Steenweg 10, 1070 Anderlecht",
            "Chaussée de Mons - Bergense Steenweg|10||1070|Anderlecht",
        ),
        (
            "Place de l'Hôtel de Ville 1, 1420 Braine-l'Alleud",
            "Place de l'Hôtel de Ville|1||1420|Braine-l'Alleud",
        ),
        ("'t Zand 1, 8000 Brugge", "'t Zand|1||8000|Brugge"),
        (
            "'s-Gravenstraat 5, 2970 's-Gravenwezel",
            "'s-Gravenstraat|5||2970|'s-Gravenwezel",
        ),
        (
            "Onze-Lieve-Vrouwestraat 1, 2800 Mechelen",
            "Onze-Lieve-Vrouwestraat|1||2800|Mechelen",
        ),
        ("Grand-Place 1, 7500 Tournai", "Grand-Place|1||7500|Tournai"),
        (
            "Rue de Bruxelles 12, 1300 Wavre",
            "Rue de Bruxelles|12||1300|Wavre",
        ),
        (
            "Dorfstraße 12A, 4750 Bütgenbach",
            "Dorfstraße|12A||4750|Bütgenbach",
        ),
        (
            "Place Communale 1, 7100 La Louvière",
            "Place Communale|1||7100|La Louvière",
        ),
        ("Grand-Rue 1, 7070 Le Rœulx", "Grand-Rue|1||7070|Le Rœulx"),
        (
            "Markt 1, 9830 Sint-Martens-Latem",
            "Markt|1||9830|Sint-Martens-Latem",
        ),
        (
            "Place des Peintres 1, 1348 Ottignies-Louvain-la-Neuve",
            "Place des Peintres|1||1348|Ottignies-Louvain-la-Neuve",
        ),
    ]);
}

#[test]
fn flemish_walloon_brussels_and_german_speaking_addresses() {
    check(&[
        (
            "Groenplaats 1, 2000 Antwerpen",
            "Groenplaats|1||2000|Antwerpen",
        ),
        (
            "De Keyserlei 5 bus 12\n2018 Antwerpen",
            "De Keyserlei|5|12|2018|Antwerpen",
        ),
        (
            "Naamsestraat 22, 3000 Leuven",
            "Naamsestraat|22||3000|Leuven",
        ),
        ("Vaartstraat 1, 8000 Brugge", "Vaartstraat|1||8000|Brugge"),
        (
            "Oude Vest 20, 9200 Dendermonde",
            "Oude Vest|20||9200|Dendermonde",
        ),
        ("Havermarkt 10, 3500 Hasselt", "Havermarkt|10||3500|Hasselt"),
        (
            "Boulevard Anspach 1 bte 10, 1000 Bruxelles",
            "Boulevard Anspach|1|10|1000|Bruxelles",
        ),
        (
            "Avenue de Tervueren 12 bte 2\n1040 Etterbeek",
            "Avenue de Tervueren|12|2|1040|Etterbeek",
        ),
        (
            "Van Meenenplein 39, 1060 Sint-Gillis",
            "Van Meenenplein|39||1060|Sint-Gillis",
        ),
        (
            "Quai de la Batte 10, 4020 Liège",
            "Quai de la Batte|10||4020|Liège",
        ),
        (
            "Rue des Croisiers 15 bte 2, 4000 Liège",
            "Rue des Croisiers|15|2|4000|Liège",
        ),
        (
            "Boulevard Tirou 1, 6000 Charleroi",
            "Boulevard Tirou|1||6000|Charleroi",
        ),
        ("Rue d'Arlon 12, 6700 Arlon", "Rue d'Arlon|12||6700|Arlon"),
        (
            "Rue de Fer 25 boîte 1\n5000 Namur\nBelgique",
            "Rue de Fer|25|1|5000|Namur",
        ),
        ("Marktplatz 1, 4700 Eupen", "Marktplatz|1||4700|Eupen"),
        (
            "Aachener Straße 12, 4700 Eupen",
            "Aachener Straße|12||4700|Eupen",
        ),
        ("Rathausplatz 1, 4730 Raeren", "Rathausplatz|1||4730|Raeren"),
        (
            "Kirchstraße 5 box 2\n4760 Büllingen",
            "Kirchstraße|5|2|4760|Büllingen",
        ),
        (
            "Hauptstrasse 54 pf 2, 4780 Sankt Vith",
            "Hauptstrasse|54|2|4780|Sankt Vith",
        ),
        (
            "Sinterklaasstraat 1, 0612 Hemel",
            "Sinterklaasstraat|1||0612|Hemel",
        ),
    ]);
}

#[test]
fn a_locality_without_postcode() {
    check(&[
        ("Kerkstraat 12, Gent", "Kerkstraat|12|||Gent"),
        ("Kerkstraat 12\nGent", "Kerkstraat|12|||Gent"),
        ("Kerkstraat 12 Gent", "Kerkstraat|12|||Gent"),
        (
            "Kerkstraat 12 bus 3 Sint-Amandsberg",
            "Kerkstraat|12|3||Sint-Amandsberg",
        ),
        (
            "Rue Neuve 5, Bruxelles, Belgique",
            "Rue Neuve|5|||Bruxelles",
        ),
        (
            "Kerkstraat 12, Sint-Martens-Latem",
            "Kerkstraat|12|||Sint-Martens-Latem",
        ),
    ]);
}

/// The municipality register tells a locality line from an organisation line when there is
/// no postcode, and where a locality ends when the street follows it on one line.
#[test]
fn the_register_helps_where_the_structure_does_not_tell() {
    check(&[
        ("Gent\nKerkstraat 12", "Kerkstraat|12|||Gent"),
        (
            "Zwijnaarde, Kerkstraat 12 bus 3",
            "Kerkstraat|12|3||Zwijnaarde",
        ),
        ("Anvers\nMeir 78", "Meir|78|||Anvers"),
        ("7070 Le Rœulx Grand Rue 1", "Grand Rue|1||7070|Le Rœulx"),
        (
            "4780 Sankt Vith Marktplatz 1",
            "Marktplatz|1||4780|Sankt Vith",
        ),
        (
            "1640 Rhode-Saint-Genèse Avenue de la Forêt 5",
            "Avenue de la Forêt|5||1640|Rhode-Saint-Genèse",
        ),
    ]);
    assert_eq!(
        Address::parse("Stad Gent, Kerkstraat 12"),
        Err(bouwstenen::address::AddressError::NoLocality),
        "an organisation line is not a locality"
    );
}

#[test]
fn errors() {
    use bouwstenen::address::AddressError;
    assert_eq!(Address::parse(""), Err(AddressError::Empty));
    assert_eq!(Address::parse(" \n\t "), Err(AddressError::Empty));
    assert_eq!(Address::parse(",,, ;"), Err(AddressError::Empty));
    assert_eq!(
        Address::parse(&"a".repeat(301)),
        Err(AddressError::TooLong { max: 300 })
    );
    assert!(Address::parse(&format!("{:<300}", "Kerkstraat 1, 9000 Gent")).is_ok());
    assert_eq!(
        Address::parse("Kerkstraat 12\u{0}, 9000 Gent"),
        Err(AddressError::Character)
    );
    assert_eq!(
        Address::parse("Kerkstraat 12\u{1b}[0m, 9000 Gent"),
        Err(AddressError::Character)
    );
    assert_eq!(Address::parse("9000 Gent"), Err(AddressError::NoStreet));
    assert_eq!(Address::parse("België"), Err(AddressError::NoStreet));
    assert_eq!(
        Address::parse("Kerkstraat 12"),
        Err(AddressError::NoLocality)
    );
    assert_eq!(
        Address::parse("Kortrijksesteenweg 1085"),
        Err(AddressError::NoLocality)
    );
    assert_eq!(
        Address::parse("Kerkstraat 0, 9000 Gent"),
        Err(AddressError::HouseNumber)
    );
    assert_eq!(
        Address::parse("Kerkstraat 12 bus 12345678901, 9000 Gent"),
        Err(AddressError::BoxNumber)
    );
    for err in [
        AddressError::Empty,
        AddressError::NoStreet,
        AddressError::NoLocality,
    ] {
        assert!(err.code().starts_with("address."));
    }
}

#[test]
fn the_language_follows_the_street_and_the_markers() {
    for (input, expected) in [
        ("Kerkstraat 12 bus 3, 9000 Gent", Some(Language::Nl)),
        ("Bredabaan 12, 2930 Brasschaat", Some(Language::Nl)),
        ("Grote Markt 1, 8900 Ieper", Some(Language::Nl)),
        ("Rue de la Loi 16, 1000 Bruxelles", Some(Language::Fr)),
        (
            "Chaussée de Louvain 123, 1030 Schaerbeek",
            Some(Language::Fr),
        ),
        ("Place Saint-Lambert 1, 4000 Liège", Some(Language::Fr)),
        ("Grand-Place 22, 7000 Mons", Some(Language::Fr)),
        ("Hauptstraße 54, 4780 St. Vith", Some(Language::De)),
        ("Aachener Strasse 1, 4700 Eupen", Some(Language::De)),
        ("Postbus 123, 9000 Gent", Some(Language::Nl)),
        ("BP 123, 1000 Bruxelles", Some(Language::Fr)),
        ("Postfach 123, 4700 Eupen", Some(Language::De)),
        // Only the marker tells.
        ("Meir 78 bus 3, 2000 Antwerpen", Some(Language::Nl)),
        ("Meir 78 bte 3, 2000 Anvers", Some(Language::Fr)),
        // The street word wins over the marker.
        ("Kerkstraat 12 bte 3, 9000 Gent", Some(Language::Nl)),
        // Unclear: no hint, or a bilingual name.
        ("Meir 78, 2000 Antwerpen", None),
        ("Meir 78 box 3, 2000 Antwerpen", None),
        (
            "Rue Royale - Koningsstraat 1, 1000 Bruxelles - Brussel",
            None,
        ),
    ] {
        assert_eq!(
            Address::parse(input).unwrap().language(),
            expected,
            "{input:?}"
        );
    }
}

#[test]
fn from_str_and_display_agree() {
    let a: Address = "Avenue Louise 54 bte 3, B-1050 Ixelles, Belgique"
        .parse()
        .unwrap();
    assert_eq!(a.to_string(), "Avenue Louise 54 bte 3, 1050 Ixelles");
    let b: Address = "Kerkstraat 12bus3\n9000 Gent".parse().unwrap();
    assert_eq!(b.to_string(), "Kerkstraat 12 bus 3, 9000 Gent");
    assert_eq!(Address::parse(&b.to_string()), Ok(b.clone()));
}

/// Street names as they are written in Flanders, Brussels, Wallonia and the German-speaking
/// Community, including the hard ones: digits, apostrophes, hyphens, abbreviations, bilingual.
const STREETS: &[&str] = &[
    "Kerkstraat",
    "Sint-Pietersnieuwstraat",
    "Grote Markt",
    "Meir",
    "Kaai",
    "Zeedijk",
    "Kempische Steenweg",
    "De Keyserlei",
    "Onze-Lieve-Vrouwestraat",
    "O.L.Vrouwstraat",
    "'t Zand",
    "'s-Gravenstraat",
    "Elfjulistraat",
    "11 Novemberstraat",
    "Koning Albert I-laan",
    "Frans Van Hombeeckplein",
    "Rue de la Loi",
    "Avenue Louise",
    "Chaussée de Louvain",
    "Rue du 11 Novembre",
    "Avenue du 2 Septembre",
    "Place Saint-Lambert",
    "Grand-Place",
    "Rue de l'Église",
    "Chaussée d'Ixelles",
    "Rue Royale - Koningsstraat",
    "Avenue Albert 1er",
    "Hauptstraße",
    "Aachener Straße",
    "Marktplatz",
    "Kirchstrasse",
];

/// Locality names: municipalities, deelgemeenten, exonyms and bilingual pairs.
const LOCALITIES: &[&str] = &[
    "Gent",
    "Antwerpen",
    "Sint-Denijs-Westrem",
    "Bruxelles",
    "Bruxelles - Brussel",
    "La Louvière",
    "Braine-l'Alleud",
    "Sankt Vith",
    "St. Vith",
    "Comines-Warneton",
    "Ottignies-Louvain-la-Neuve",
    "Le Rœulx",
    "Knokke-Heist",
    "'s-Gravenwezel",
    "Liège",
    "Büllingen",
    "Molenbeek-Saint-Jean",
    "Ham",
    "As",
];

/// A name in one of the forms people type it: as written, upper case or lower case.
fn name_form(names: &'static [&'static str]) -> impl Strategy<Value = String> {
    (prop::sample::select(names), 0..4u8).prop_map(|(name, form)| match form {
        1 => name.to_uppercase(),
        2 => name.to_lowercase(),
        _ => name.to_owned(),
    })
}

/// House numbers: plain, with a letter, with bis/ter, and ascending ranges.
fn house_numbers() -> impl Strategy<Value = String> {
    let suffix = prop_oneof![
        4 => Just(String::new()),
        2 => prop::sample::select(&['A', 'B', 'C', 'D', 'K', 'Z'][..]).prop_map(String::from),
        1 => prop::sample::select(&["bis", "ter"][..]).prop_map(str::to_owned),
    ];
    prop_oneof![
        4 => (1u32..2500, suffix).prop_map(|(n, s)| format!("{n}{s}")),
        1 => (1u32..500, 1u32..40).prop_map(|(n, d)| format!("{n}-{}", n + d)),
    ]
}

/// Box numbers as the registers hold them.
fn box_numbers() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u32..200).prop_map(|n| n.to_string()),
        (1u32..20, 1u32..10).prop_map(|(f, u)| format!("{f:02}{u:02}")),
        (0u32..10, 1u32..20).prop_map(|(f, u)| format!("{f}.{u:02}")),
        prop::sample::select(&["A", "B", "A02", "RDC", "GV", "b"][..]).prop_map(str::to_owned),
    ]
}

fn addresses() -> impl Strategy<Value = Address> {
    (
        name_form(STREETS),
        prop::option::weighted(0.9, house_numbers()),
        prop::option::of(box_numbers()),
        1000u16..10000,
        name_form(LOCALITIES),
    )
        .prop_map(|(street, house, box_number, postcode, locality)| {
            let mut builder = Address::builder()
                .street(street)
                .postcode(postcode.to_string().parse().unwrap())
                .municipality(locality);
            if let Some(house) = house {
                builder = builder.house_number(house.parse().unwrap());
                if let Some(box_number) = box_number {
                    builder = builder.box_number(box_number.parse().unwrap());
                }
            }
            builder.build().unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    /// The register's one-line form and bpost's label parse back to the same parts, in Dutch,
    /// French and German.
    #[test]
    fn one_line_and_label_parse_back(address in addresses()) {
        for language in [Language::Nl, Language::Fr, Language::De] {
            let line = address.one_line(language);
            let back = Address::parse(&line);
            prop_assert!(back.is_ok(), "{line:?}: {back:?}");
            let back = back.unwrap();
            prop_assert_eq!(parts(&back), parts(&address), "{:?}", line);
            let label = address.postal_label(language);
            let back = Address::parse(&label).unwrap();
            prop_assert_eq!(parts(&back), parts(&address), "{:?}", label);
        }
    }

    /// PO boxes parse back in every language's form.
    #[test]
    fn po_boxes_parse_back(number in 1u32..100_000, postcode in 1000u16..10000, locality in name_form(LOCALITIES)) {
        let address = Address::builder()
            .po_box(number.to_string())
            .postcode(postcode.to_string().parse().unwrap())
            .municipality(locality)
            .build()
            .unwrap();
        for language in [Language::Nl, Language::Fr, Language::De, Language::En] {
            for text in [address.one_line(language), address.postal_label(language)] {
                let back = Address::parse(&text).unwrap();
                prop_assert_eq!(back.po_box(), address.po_box(), "{:?}", text);
                prop_assert_eq!(back.postcode(), address.postcode());
                prop_assert_eq!(back.municipality(), address.municipality());
            }
        }
    }

    /// Whatever the input, the parser returns without panicking, and what it returns is an
    /// address whose JSON reads back to it.
    #[test]
    fn never_panics_on_any_text(input in "\\PC{0,120}") {
        if let Ok(address) = Address::parse(&input) {
            let json = serde_json::to_string(&address).unwrap();
            prop_assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), address);
        }
    }

    /// Nor on address-like soup: markers, numbers, separators and names in any order.
    #[test]
    fn never_panics_on_address_soup(pieces in prop::collection::vec(prop::sample::select(&[
        "Kerkstraat", "Rue", "de", "la", "Loi", "12", "1085", "9000", "B-", "BE", "bus", "bte.", "b", "box2",
        "#", "/", "-", "+", ",", "\n", "n°", "nr.", "bis", "A", "A02", "0201", "1.02", "Postbus", "B.P.",
        "België", "Nederland", "Gent", "(", ")", "'", "  ", "0", "99999999999", "RDC", "11", "Novembre", "ß", "İ", "\u{301}", "º", "№", "–", "Straße", "\t", "\r\n", "BTE", "Bus", "0612",
    ][..]), 0..25)) {
        let input: String = pieces.concat();
        let _ = Address::parse(&input);
        let spaced = pieces.join(" ");
        if let Ok(address) = Address::parse(&spaced) {
            let json = serde_json::to_string(&address).unwrap();
            prop_assert_eq!(serde_json::from_str::<Address>(&json).unwrap(), address);
        }
    }
}

/// Checks a table like [`check`], and that each parse's one-line form (nl, fr, de) reads back
/// to the same parts.
fn check_round_trip(cases: &[(&str, &str)]) {
    check(cases);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(input, _)| Address::parse(input).ok())
        .flat_map(|a| {
            [Language::Nl, Language::Fr, Language::De]
                .into_iter()
                .filter_map(move |language| {
                    let line = a.one_line(language);
                    let back = summary(&line);
                    (back != parts(&a)).then(|| format!("{line:?} reads back as {back}"))
                })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn separators_around_a_trailing_country_do_not_keep_it() {
    check_round_trip(&[
        ("Kerkstraat 1, 9000 Gent België.", "Kerkstraat|1||9000|Gent"),
        (
            "Kerkstraat 1, 9000 Gent Belgique.",
            "Kerkstraat|1||9000|Gent",
        ),
        (
            "Kerkstraat 1, 9000 Gent (Belgique).",
            "Kerkstraat|1||9000|Gent",
        ),
        (
            "Kerkstraat 1, 9000 Gent - Belgique.",
            "Kerkstraat|1||9000|Gent",
        ),
        (
            "Kerkstraat 1, 9000 Gent, België -",
            "Kerkstraat|1||9000|Gent",
        ),
    ]);
}

#[test]
fn a_box_letter_written_apart_after_a_marker() {
    check_round_trip(&[
        (
            "Kerkstraat 12 bus 3 A, 9000 Gent",
            "Kerkstraat|12|3A|9000|Gent",
        ),
        (
            "Kerkstraat 12 bte 3 B, 9000 Gent",
            "Kerkstraat|12|3B|9000|Gent",
        ),
        (
            "Kerkstraat 12 app 3 A, 9000 Gent",
            "Kerkstraat|12|3A|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus 3 bis, 9000 Gent",
            "Kerkstraat|12|3bis|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus 3A, 9000 Gent",
            "Kerkstraat|12|3A|9000|Gent",
        ),
    ]);
}

#[test]
fn a_box_n_no_or_nr_after_a_marker() {
    check_round_trip(&[
        (
            "Kerkstraat 12 bus N, 9000 Gent",
            "Kerkstraat|12|N|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus No, 9000 Gent",
            "Kerkstraat|12|No|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus Nr, 9000 Gent",
            "Kerkstraat|12|Nr|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus nr. 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 bus n° 3, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
    ]);
}

#[test]
fn a_tail_of_punctuation_is_dropped() {
    check_round_trip(&[
        ("Kerkstraat 12 :, 9000 Gent", "Kerkstraat|12||9000|Gent"),
        (
            "Kerkstraat 12 | 8500 Kortrijk",
            "Kerkstraat|12||8500|Kortrijk",
        ),
        (
            "Kerkstraat 12 bus 3 :, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
    ]);
}

#[test]
fn a_municipality_before_a_lone_postcode() {
    check_round_trip(&[
        ("Kerkstraat 12, Gent, 9000", "Kerkstraat|12||9000|Gent"),
        (
            "Rue Haute 12, Bruxelles, 1000, Belgique",
            "Rue Haute|12||1000|Bruxelles",
        ),
        ("Kerkstraat 12, 9000, Gent", "Kerkstraat|12||9000|Gent"),
    ]);
}

#[test]
fn a_box_line_before_the_street_or_a_box_in_brackets() {
    check_round_trip(&[
        (
            "app. 3, Kerkstraat 12, 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Bus 3\nKerkstraat 12\n9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 (bus 3), 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 (app. 3), 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 (bte 3), 9000 Gent",
            "Kerkstraat|12|3|9000|Gent",
        ),
        (
            "Kerkstraat 12 (achterbouw), 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
    ]);
}

#[test]
fn ranges_written_with_words() {
    check_round_trip(&[
        (
            "Rue Haute 12 à 14, 1000 Bruxelles",
            "Rue Haute|12-14||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 tot 14, 1000 Bruxelles",
            "Rue Haute|12-14||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 t/m 14, 1000 Bruxelles",
            "Rue Haute|12-14||1000|Bruxelles",
        ),
        (
            "Rue Haute 12 tot en met 14, 1000 Bruxelles",
            "Rue Haute|12-14||1000|Bruxelles",
        ),
    ]);
}

#[test]
fn one_line_postcode_separators_and_order() {
    check_round_trip(&[
        (
            "Kerkstraat 12 / 8500 Kortrijk",
            "Kerkstraat|12||8500|Kortrijk",
        ),
        ("Kerkstraat 12 b 9000 Gent", "Kerkstraat|12||9000|Gent"),
        ("Wetstraat 16 Brussel 1000", "Wetstraat|16||1000|Brussel"),
        ("Kerkstraat 12 Gent 9000", "Kerkstraat|12||9000|Gent"),
        ("Kerkstraat 12 bus 3 Gent 9000", "Kerkstraat|12|3|9000|Gent"),
    ]);
}

#[test]
fn invisible_characters_at_the_ends_are_whitespace() {
    check_round_trip(&[
        (
            "\u{feff}Kerkstraat 12, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
        (
            "Kerkstraat 12, 9000 Gent\u{200b}",
            "Kerkstraat|12||9000|Gent",
        ),
        ("Kerkstraat 12, 9000 Gent\u{ad}", "Kerkstraat|12||9000|Gent"),
        (
            "\u{200b}Kerkstraat 12 \u{feff}, 9000 Gent",
            "Kerkstraat|12||9000|Gent",
        ),
    ]);
}
