//! Address tests: the municipality register, cross-checked against the shared 2025 tables
//! (`../shared/data/addr/`: municipalities, mergers, and bpost's localities joined to Statbel).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use bouwstenen::Language;
use bouwstenen::NisCode;
use bouwstenen::address::{
    LanguageArea, MatchKind, Municipality, Postcode, Province, Region, RetiredMunicipality,
};
use chrono::NaiveDate;

/// A file of the shared address data, read at run time (never copied into the project).
fn shared(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/addr")
        .join(name)
}

/// The rows of a CSV file with a header, as maps from column name to value. Handles quoted
/// fields (none of the shared files needs more).
fn csv(name: &str) -> Vec<BTreeMap<String, String>> {
    let path = shared(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = split_csv(lines.next().expect("a header"));
    lines
        .map(|line| {
            let fields = split_csv(line);
            assert_eq!(fields.len(), header.len(), "{name}: {line}");
            header.iter().cloned().zip(fields).collect()
        })
        .collect()
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

fn nis(code: &str) -> NisCode {
    code.parse().unwrap_or_else(|e| panic!("{code}: {e}"))
}

fn codes(found: &[&'static Municipality]) -> Vec<String> {
    found.iter().map(|m| m.code().to_string()).collect()
}

fn find(name: &str) -> Vec<String> {
    codes(&Municipality::find(name))
}

#[test]
fn every_municipality_matches_the_shared_2025_table() {
    let rows = csv("municipalities_2025.csv");
    assert_eq!(rows.len(), 565);
    assert_eq!(Municipality::all().len(), rows.len());
    let mut seen = BTreeSet::new();
    for row in &rows {
        let code = &row["nis"];
        let m = Municipality::by_code(nis(code)).unwrap_or_else(|| panic!("{code} missing"));
        seen.insert(code.clone());
        assert_eq!(m.code().as_str(), code);
        assert_eq!(
            m.name(Language::Nl),
            Some(row["name_nl"].as_str()),
            "{code}"
        );
        assert_eq!(
            m.name(Language::Fr),
            Some(row["name_fr"].as_str()),
            "{code}"
        );
        assert_eq!(m.name(Language::En), None, "{code}");
        let province = m
            .province()
            .map(|p| p.code().to_string())
            .unwrap_or_default();
        assert_eq!(province, row["province_nis"], "{code}");
        if let Some(p) = m.province() {
            assert_eq!(
                p.name(Language::Nl),
                Some(row["province_nl"].as_str()),
                "{code}"
            );
            assert_eq!(p.region(), m.region(), "{code}");
        }
        assert_eq!(m.region().code().as_str(), row["region_nis"], "{code}");
        assert_eq!(
            m.region().name(Language::Nl),
            Some(row["region_nl"].as_str()),
            "{code}"
        );
        let area = match row["language_area"].as_str() {
            "nl" => LanguageArea::Dutch,
            "fr" => LanguageArea::French,
            "de" => LanguageArea::German,
            "nl+fr" => LanguageArea::Bilingual,
            other => panic!("{code}: language area {other}"),
        };
        assert_eq!(m.language_area(), area, "{code}");
        let facilities = match row["facilities_for"].as_str() {
            "" => None,
            "nl" => Some(Language::Nl),
            "fr" => Some(Language::Fr),
            "de" => Some(Language::De),
            other => panic!("{code}: facilities {other}"),
        };
        assert_eq!(m.facilities(), facilities, "{code}");
        // German names exactly where German is official or has facilities.
        let german = area == LanguageArea::German || facilities == Some(Language::De);
        assert_eq!(m.name(Language::De).is_some(), german, "{code}");
    }
    assert_eq!(seen.len(), 565);
    let count =
        |f: &dyn Fn(&Municipality) -> bool| Municipality::all().iter().filter(|m| f(m)).count();
    assert_eq!(count(&|m| m.region() == Region::Flanders), 285);
    assert_eq!(count(&|m| m.region() == Region::Wallonia), 261);
    assert_eq!(count(&|m| m.region() == Region::BrusselsCapital), 19);
    assert_eq!(count(&|m| m.language_area() == LanguageArea::German), 9);
    assert_eq!(count(&|m| m.facilities().is_some()), 27);
    assert_eq!(count(&|m| m.province().is_none()), 19);
}

#[test]
fn the_tables_are_sorted_and_every_code_parses() {
    let all = Municipality::all();
    assert!(all.windows(2).all(|w| w[0].code() < w[1].code()));
    for m in all {
        // The generated codes are built without parsing: parse each one back.
        assert_eq!(nis(m.code().as_str()), m.code(), "{m:?}");
        assert!(std::ptr::eq(Municipality::by_code(m.code()).unwrap(), m));
        assert!(std::ptr::eq(m.code().municipality().unwrap(), m));
        assert!(m.code().retired().is_none());
        assert!(m.postcodes().next().is_some(), "{m:?} has no postcode");
        for postcode in m.postcodes() {
            assert_eq!(postcode.as_str().parse::<Postcode>(), Ok(postcode));
            assert!(postcode.serves(m.code()), "{postcode} {m:?}");
        }
        for sub in m.sub_municipalities() {
            assert!(sub.id().starts_with(m.code().as_str()), "{sub:?}");
            assert!(std::ptr::eq(sub.municipality(), m));
            assert!(!sub.name().is_empty());
        }
    }
    let subs: usize = all.iter().map(|m| m.sub_municipalities().len()).sum();
    assert_eq!(subs, 1132);
    let ids: BTreeSet<_> = all
        .iter()
        .flat_map(|m| m.sub_municipalities())
        .map(|s| s.id())
        .collect();
    assert_eq!(ids.len(), 1132);
    let retired = RetiredMunicipality::all();
    assert!(retired.windows(2).all(|w| w[0].code() < w[1].code()));
    for r in retired {
        assert_eq!(nis(r.code().as_str()), r.code(), "{r:?}");
        assert!(Municipality::by_code(r.code()).is_none(), "{r:?} is in use");
        assert!(std::ptr::eq(r.code().retired().unwrap(), r));
        assert!(std::ptr::eq(
            r.code().municipality().unwrap(),
            r.successor()
        ));
        assert!(r.successor().predecessors().any(|p| std::ptr::eq(p, r)));
    }
    for p in Province::ALL {
        assert_eq!(nis(p.code().as_str()), p.code(), "{p:?}");
        for language in [Language::Nl, Language::Fr, Language::De] {
            assert!(p.name(language).is_some_and(|n| !n.is_empty()), "{p:?}");
        }
    }
    for r in Region::ALL {
        assert_eq!(nis(r.code().as_str()), r.code(), "{r:?}");
        assert!(r.name(Language::De).is_some_and(|n| !n.is_empty()), "{r:?}");
    }
    assert_eq!(
        Municipality::VALID_FROM,
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
    );
}

#[test]
fn every_retired_code_of_the_2025_mergers_leads_to_its_successor() {
    let rows = csv("mergers_2025.csv");
    assert_eq!(rows.len(), 29);
    for row in &rows {
        let old = nis(&row["old_nis"]);
        let retired = old.retired().unwrap_or_else(|| panic!("{old} not retired"));
        assert_eq!(retired.successor().code().as_str(), row["new_nis"], "{old}");
        assert_eq!(
            retired.name(Language::Nl),
            Some(row["old_name_nl"].as_str()),
            "{old}"
        );
        assert_eq!(
            retired.name(Language::Fr),
            Some(row["old_name_fr"].as_str()),
            "{old}"
        );
        let valid_from = NaiveDate::parse_from_str(&row["valid_from"], "%Y-%m-%d").unwrap();
        assert_eq!(retired.retired_on(), valid_from, "{old}");
        assert!(!retired.is_renumbering(), "{old}");
        assert_eq!(
            old.municipality().unwrap().code().as_str(),
            row["new_nis"],
            "{old}"
        );
        assert!(Municipality::by_code(old).is_none(), "{old}");
        // The old name still finds the successor.
        let found = find(&row["old_name_nl"]);
        assert!(
            found.contains(&row["new_nis"]),
            "{}: {found:?}",
            row["old_name_nl"]
        );
    }
    let jan_2019 = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    let retired = RetiredMunicipality::all();
    assert_eq!(
        retired
            .iter()
            .filter(|r| r.retired_on() == Municipality::VALID_FROM)
            .count(),
        29
    );
    assert_eq!(
        retired
            .iter()
            .filter(|r| r.retired_on() == jan_2019)
            .count(),
        26
    );
    assert_eq!(retired.iter().filter(|r| r.is_renumbering()).count(), 11);
    // 2019: Meeuwen-Gruitrode and Opglabbeek became Oudsbergen; Mouscron was renumbered.
    assert_eq!(
        nis("72040").municipality().unwrap().code().as_str(),
        "72042"
    );
    assert_eq!(
        nis("71047").municipality().unwrap().code().as_str(),
        "72042"
    );
    assert_eq!(
        nis("54007").municipality().unwrap().code().as_str(),
        "57096"
    );
    assert!(nis("54007").retired().unwrap().is_renumbering());
}

/// Flemish bpost localities (region 02000) whose name, read with its postcode, does not lead
/// to its 2025 municipality: (postcode, name, reason). Every other Flemish locality is a
/// municipality, an exonym, a former municipality or a sub-municipality of the Flemish
/// register (crabpy), possibly after dropping trailing words ([`FLEMISH_PARTIAL`]).
const FLEMISH_EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "2590",
        "Gestel",
        "a village of Berlaar that was never a municipality: no sub-municipality",
    ),
    (
        "3018",
        "Wijgmaal",
        "a village in the sub-municipality Wilsele of Leuven, not a sub-municipality itself",
    ),
    (
        "3470",
        "Sint-Margriete-Houtem",
        "a sub-municipality of Tienen (24107F); its part with postcode 3470 lies in Kortenaken",
    ),
    (
        "3770",
        "Val-Meer",
        "bpost's spelling; the register's sub-municipality of Riemst is Valmeer (73066G)",
    ),
    (
        "3870",
        "Gutshoven",
        "bpost's spelling; the register's sub-municipality of Heers is Gutschoven (73022E)",
    ),
    (
        "8600",
        "Driekapellen",
        "a municipality of 1971-1977; the register has its parts Nieuwkapelle, Oudekapelle \
         and Sint-Jacobs-Kapelle",
    ),
    (
        "9200",
        "Sint-Gillis-Dendermonde",
        "bpost's spelling; the register's sub-municipality is Sint-Gillis-bij-Dendermonde",
    ),
    (
        "9520",
        "Oombergen",
        "a sub-municipality of Zottegem (41081L); its part with postcode 9520 lies in \
         Sint-Lievens-Houtem",
    ),
    (
        "9700",
        "Ooike",
        "a sub-municipality of Wortegem-Petegem (45061E); its part with postcode 9700 lies in \
         Oudenaarde",
    ),
];

/// Flemish bpost localities that resolve to their municipality only after dropping trailing
/// words: bpost's disambiguated names, read as the sub-municipality or former municipality
/// (`Beveren-Waas` as `Beveren`, merged into Beveren-Kruibeke-Zwijndrecht).
const FLEMISH_PARTIAL: &[&str] = &[
    "8301 Heist-Aan-Zee",
    "8691 Beveren-Aan-De-Ijzer",
    "9112 Sinaai-Waas",
    "9120 Beveren-Waas",
    "9180 Moerbeke-Waas",
];

/// How one bpost locality name fares, read with its postcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// An exact (not partial) match with the row's municipality.
    Exact,
    /// Only a partial match (after dropping trailing words) with the row's municipality.
    Partial,
    /// No match at all.
    NotFound,
    /// A match with another municipality than the row's.
    Wrong,
}

/// The counts of one region.
#[derive(Debug, Default)]
struct Tally {
    rows: usize,
    exact: usize,
    partial: usize,
    not_found: usize,
    wrong: Vec<String>,
    /// Rows whose name is their municipality's name, an exonym of it or the name of a
    /// municipality merged into it, and how many of those resolve exactly.
    named: usize,
    named_exact: usize,
}

/// Lower case without accents, for comparing a bpost name with an official one.
fn plain(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'û' | 'ü' | 'ù' => 'u',
            'ç' => 'c',
            '-' | '\'' | '’' => ' ',
            c => c,
        })
        .collect()
}

#[test]
fn every_bpost_locality_is_an_allowed_pair_and_its_name_never_leads_elsewhere() {
    let rows = csv("be_postcodes_localities_2025.csv");
    let localities: Vec<_> = rows.iter().filter(|r| r["kind"] == "locality").collect();
    assert_eq!(localities.len(), 2721);
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut flemish_failures: Vec<String> = Vec::new();
    let mut flemish_partial: Vec<String> = Vec::new();
    for row in &localities {
        let postcode: Postcode = row["postcode"].parse().unwrap();
        let code = row["nis_2025"].as_str();
        // The (postcode, 2025 municipality) pair is allowed, and so is every pair Statbel has.
        assert!(
            postcode.serves(nis(code)),
            "{postcode} does not serve {code}"
        );
        for statbel in row["all_statbel_nis_for_postcode"].split('|') {
            assert!(
                postcode.serves(nis(statbel)),
                "{postcode} does not serve {statbel}"
            );
        }
        assert!(postcode.is_in_use());
        assert_eq!(postcode.special(), None, "{postcode}");
        let municipality = Municipality::by_code(nis(code)).unwrap();
        assert_eq!(
            municipality.region().code().as_str(),
            row["region_2025_nis"],
            "{postcode} {code}"
        );

        // The locality name, read with its postcode.
        let name = row["locality_bpost_nl"].as_str();
        let found = postcode.lookup(name);
        let ours = |m: &&bouwstenen::address::LocalityMatch| m.municipality.code().as_str() == code;
        let outcome = if found.iter().any(|m| !ours(&m)) {
            Outcome::Wrong
        } else if found.iter().any(|m| !m.partial) {
            Outcome::Exact
        } else if found.is_empty() {
            Outcome::NotFound
        } else {
            Outcome::Partial
        };
        // Is the name the municipality's own, an exonym of it, or a former municipality's?
        let own = municipality.names().any(|(_, n)| plain(n) == plain(name));
        let former = municipality
            .predecessors()
            .any(|r| r.names().any(|(_, n)| plain(n) == plain(name)));
        let exonym = Municipality::lookup(name).iter().any(|m| {
            !m.partial
                && std::ptr::eq(m.municipality, municipality)
                && matches!(m.kind, MatchKind::Exonym { .. })
        });
        let named = own || former || exonym;

        let tally = tallies.entry(row["region_2025_nis"].as_str()).or_default();
        tally.rows += 1;
        let label = format!("{postcode} {name} (expected {code}, found {found:?})");
        match outcome {
            Outcome::Exact => tally.exact += 1,
            Outcome::Partial => tally.partial += 1,
            Outcome::NotFound => tally.not_found += 1,
            Outcome::Wrong => tally.wrong.push(label.clone()),
        }
        if named {
            tally.named += 1;
            if outcome == Outcome::Exact {
                tally.named_exact += 1;
            }
        }
        if row["region_2025_nis"] == "02000" {
            match outcome {
                Outcome::Exact => {}
                Outcome::Partial => flemish_partial.push(format!("{postcode} {name}")),
                Outcome::NotFound | Outcome::Wrong => flemish_failures.push(label),
            }
        }
    }
    for (region, tally) in &tallies {
        eprintln!(
            "bpost localities in region {region}: {} rows; read with their postcode {} resolve \
             exactly, {} only partially, {} are not found, {} lead elsewhere; {} are a \
             municipality, exonym or former municipality name, of which {} resolve exactly",
            tally.rows,
            tally.exact,
            tally.partial,
            tally.not_found,
            tally.wrong.len(),
            tally.named,
            tally.named_exact,
        );
    }
    eprintln!("Flemish localities found only partially: {flemish_partial:?}");

    // Every Flemish locality resolves to its municipality, but for the listed exceptions.
    let expected: Vec<String> = FLEMISH_EXCEPTIONS
        .iter()
        .map(|(postcode, name, _reason)| format!("{postcode} {name}"))
        .collect();
    let failed_keys: Vec<String> = flemish_failures
        .iter()
        .map(|f| f.split(" (").next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        failed_keys, expected,
        "unexpected Flemish failures: {flemish_failures:#?}"
    );
    let flanders = &tallies["02000"];
    assert_eq!(flanders.rows, 1155);
    assert_eq!(
        flanders.exact + flanders.partial + expected.len(),
        flanders.rows
    );
    assert_eq!(flemish_partial, FLEMISH_PARTIAL);

    // Brussels and Wallonia: the open data has no list of their localities (the former
    // municipalities from before 1977), so only names that are a municipality's own, an
    // exonym or a former municipality's are sure to resolve; but no name, read with its
    // postcode, ever leads to another municipality than its own.
    for region in ["03000", "04000"] {
        let tally = &tallies[region];
        assert!(tally.wrong.is_empty(), "{region}: {:#?}", tally.wrong);
        assert_eq!(tally.named_exact, tally.named, "{region}");
        assert_eq!(
            tally.exact + tally.partial + tally.not_found,
            tally.rows,
            "{region}"
        );
    }
    let (wallonia, brussels) = (&tallies["03000"], &tallies["04000"]);
    assert_eq!(wallonia.rows, 1544);
    assert_eq!(brussels.rows, 22);
    assert_eq!(
        [wallonia.exact, wallonia.partial, wallonia.named],
        WALLONIA_RESOLVED
    );
    assert_eq!(
        [brussels.exact, brussels.partial, brussels.named],
        BRUSSELS_RESOLVED
    );
}

/// Walloon bpost localities (1,544) that resolve exactly and only partially with their
/// postcode, and how many are named after their municipality, an exonym of it or a former
/// municipality (all of which resolve exactly). The partial ones are names such as
/// `Habay-la-Neuve` read as the municipality `Habay`; the other 1,297 are not found.
const WALLONIA_RESOLVED: [usize; 3] = [229, 18, 229];
/// The same for the 22 Brussels localities: Laken, Neder-Over-Heembeek, Haren (City of
/// Brussels) and bpost's spelling Sint-Joost-ten-Noode (Statbel: Sint-Joost-ten-Node) are not
/// found.
const BRUSSELS_RESOLVED: [usize; 3] = [18, 0, 18];

#[test]
fn the_special_postcodes_are_bposts_44() {
    let rows = csv("be_postcodes_localities_2025.csv");
    let special: Vec<_> = rows.iter().filter(|r| r["kind"] == "special").collect();
    assert_eq!(special.len(), 44);
    for row in special {
        let postcode: Postcode = row["postcode"].parse().unwrap();
        assert_eq!(
            postcode.special(),
            Some(row["locality_bpost_nl"].trim()),
            "{postcode}"
        );
        assert!(postcode.is_in_use());
        if !row["nis_2025"].is_empty() {
            assert!(postcode.serves(nis(&row["nis_2025"])), "{postcode}");
        }
    }
    let sinterklaas: Postcode = "0612".parse().unwrap();
    assert_eq!(sinterklaas.special(), Some("Sinterklaas"));
    assert_eq!(sinterklaas.municipalities().count(), 0);
}

#[test]
fn postcodes_and_municipalities_are_many_to_many() {
    let served = |p: &str| {
        codes(
            &p.parse::<Postcode>()
                .unwrap()
                .municipalities()
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(served("1040"), ["21004", "21005"]);
    assert_eq!(served("1050"), ["21004", "21009"]);
    assert_eq!(served("1060"), ["21004", "21013"]); // BeST addresses across the border
    assert_eq!(served("1804"), ["23088", "23096"]);
    assert_eq!(served("2070"), ["46030"]);
    assert_eq!(served("9992"), ["43010"]);
    assert!(served("1234").is_empty());
    assert!(!"1234".parse::<Postcode>().unwrap().is_in_use());
    let doornik = Municipality::find("Tournai")[0];
    assert_eq!(doornik.postcodes().count(), 20);
    let antwerpen = Municipality::find("Antwerpen")[0];
    assert_eq!(antwerpen.postcodes().count(), 15);
    // Every Statbel postcode is in bpost's list: no municipality without a postcode.
    let pairs: usize = Municipality::all()
        .iter()
        .map(|m| m.postcodes().count())
        .sum();
    assert_eq!(pairs, 1152 + 5);
}

#[test]
fn names_exonyms_and_spellings_find_their_municipality() {
    let cases: &[(&str, &[&str])] = &[
        ("Anvers", &["11002"]),
        ("Antwerp", &["11002"]),
        ("Gand", &["44021"]),
        ("Ghent", &["44021"]),
        ("Bruges", &["31005"]),
        ("Brügge", &["31005"]),
        ("Louvain", &["24062"]),
        ("Löwen", &["24062"]),
        ("Malines", &["12025"]),
        ("Ypres", &["33011"]),
        ("Courtrai", &["34022"]),
        ("Tongres", &["73111"]),
        ("Tongeren", &["73111"]),
        ("Liège", &["62063"]),
        ("Liege", &["62063"]),
        ("Luik", &["62063"]),
        ("Lüttich", &["62063"]),
        ("LUETTICH", &[]),
        ("Namur", &["92094"]),
        ("Namen", &["92094"]),
        ("Mons", &["53053"]),
        ("Bergen", &["53053"]),
        ("Arlon", &["81001"]),
        ("Aarlen", &["81001"]),
        ("Arel", &["81001"]),
        ("Bruxelles", &["21004"]),
        ("Brussel", &["21004"]),
        ("Brüssel", &["21004"]),
        ("Brussels", &["21004"]),
        ("Nivelles", &["25072"]),
        ("Nijvel", &["25072"]),
        ("Wavre", &["25112"]),
        ("Waver", &["25112"]),
        ("Tournai", &["57081"]),
        ("Doornik", &["57081"]),
        ("Mouscron", &["57096"]),
        ("Moeskroen", &["57096"]),
        ("Ath", &["51004"]),
        ("Aat", &["51004"]),
        ("Enghien", &["51067"]),
        ("Edingen", &["51067"]),
        ("Lessines", &["51069"]),
        ("Lessen", &["51069"]),
        ("Soignies", &["55040"]),
        ("Zinnik", &["55040"]),
        ("Braine-le-Comte", &["55004"]),
        ("'s-Gravenbrakel", &["55004"]),
        ("’s Gravenbrakel", &["55004"]),
        ("s Gravenbrakel", &["55004"]),
        ("Waremme", &["64074"]),
        ("Borgworm", &["64074"]),
        ("Huy", &["61031"]),
        ("Hoei", &["61031"]),
        ("Jodoigne", &["25048"]),
        ("Geldenaken", &["25048"]),
        ("Hannut", &["64034"]),
        ("Hannuit", &["64034"]),
        ("Visé", &["62108"]),
        ("Wezet", &["62108"]),
        ("Comines-Warneton", &["57097"]),
        ("Komen-Waasten", &["57097"]),
        ("Saint-Nicolas", &["62093", "46021"]),
        ("Sint-Niklaas", &["46021"]),
        ("St-Niklaas", &["46021"]),
        ("St. Niklaas", &["46021"]),
        ("SINT NIKLAAS", &["46021"]),
        ("Sankt Vith", &["63067"]),
        ("Sankt-Vith", &["63067"]),
        ("St. Vith", &["63067"]),
        ("Saint-Vith", &["63067"]),
        ("Sint-Genesius-Rode", &["23101"]),
        ("Rhode-St-Genèse", &["23101"]),
        ("Rhode-Saint-Genese", &["23101"]),
        ("Woluwe-St-Lambert", &["21018"]),
        ("Berchem-Ste-Agathe", &["21003"]),
        ("Kelmis", &["63040"]),
        ("La Calamine", &["63040"]),
        ("Weismes", &["63080"]),
        ("Malmünd", &["63049"]),
        ("Fourons", &["73109"]),
        ("Sint-Martens-Voeren", &["73109"]),
        ("Moerbeke", &["46029", "41018"]), // merged into Lokeren; and in Geraardsbergen
        ("Sint-Martens-Bodegem", &["23016"]),
        ("Zwijnaarde", &["44021"]),
        // Localities of Brussels and Wallonia and bpost's French names in Voeren are not in
        // the open data: not found, or only partially (Louvain-la-Neuve as Louvain, Leuven).
        ("Laeken", &[]),
        ("Laken", &[]),
        ("Glain", &[]),
        ("Limal", &[]),
        ("Fouron-Saint-Martin", &[]),
        ("Louvain-la-Neuve", &["24062"]),
        ("Meeuwen-Gruitrode", &["72042"]),
        ("Galmaarden", &["23106"]),
        ("Gammerages", &["23106"]),
        ("Bastenaken", &["82039"]),
        ("Bertogne", &["82039"]),
        ("  gent  ", &["44021"]),
        ("", &[]),
        ("---", &[]),
        ("Atlantis", &[]),
    ];
    for (name, expected) in cases {
        assert_eq!(find(name), *expected, "{name:?}");
    }
}

#[test]
fn lookup_tells_how_a_name_matched() {
    let first = |name: &str| Municipality::lookup(name)[0];
    assert_eq!(
        first("Brussel").kind,
        MatchKind::Official {
            language: Language::Nl
        }
    );
    assert_eq!(
        first("Bruxelles").kind,
        MatchKind::Official {
            language: Language::Fr
        }
    );
    assert_eq!(
        first("Bütgenbach").kind,
        MatchKind::Official {
            language: Language::Nl
        }
    );
    assert_eq!(
        first("Weismes").kind,
        MatchKind::Official {
            language: Language::Nl
        }
    );
    assert!(matches!(
        first("Lüttich").kind,
        MatchKind::Exonym {
            name: "Lüttich",
            language: Some(Language::De)
        }
    ));
    assert!(matches!(
        first("Arel").kind,
        MatchKind::Exonym { language: None, .. }
    ));
    assert!(
        matches!(first("Melle").kind, MatchKind::Former { retired } if retired.code().as_str() == "44040")
    );
    assert!(
        matches!(first("Ledeberg").kind, MatchKind::SubMunicipality { sub } if sub.name() == "Ledeberg")
    );
    assert!(Municipality::lookup("Glain").is_empty()); // a locality of Liège: not in the data
    // Partial: only after dropping words.
    let lln = Municipality::lookup("Louvain-la-Neuve");
    assert!(lln.iter().all(|m| m.partial), "{lln:?}");
    let beveren_waas = Municipality::lookup("Beveren-Waas");
    assert!(beveren_waas.iter().all(|m| m.partial));
    assert!(
        matches!(beveren_waas[0].kind, MatchKind::Former { retired } if retired.code().as_str() == "46003")
    );
    let partial = Municipality::lookup("Gent (Sint-Amandsberg)");
    assert!(partial.iter().all(|m| m.partial));
    assert_eq!(partial[0].municipality.code().as_str(), "44021");
    assert!(
        Municipality::lookup("Sint-Amandsberg")
            .iter()
            .all(|m| !m.partial)
    );
    // With a postcode, only the municipalities it serves.
    let sint_gillis: Postcode = "1060".parse().unwrap();
    assert_eq!(
        codes(
            &sint_gillis
                .lookup("Saint-Gilles")
                .iter()
                .map(|m| m.municipality)
                .collect::<Vec<_>>()
        ),
        ["21013"]
    );
    let beveren: Postcode = "8800".parse().unwrap();
    let found: Vec<_> = beveren
        .lookup("Beveren")
        .iter()
        .map(|m| m.municipality)
        .collect();
    assert_eq!(codes(&found), ["36015"]); // Roeselare, not Beveren-Kruibeke-Zwijndrecht
    assert_eq!(find("Beveren").len(), 4);
    let beveren_waas: Postcode = "9120".parse().unwrap();
    let found: Vec<_> = beveren_waas.lookup("Beveren-Waas");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].municipality.code().as_str(), "46030");
    assert!(found[0].partial);
    // A Walloon locality with its postcode: nothing, rather than another place.
    let lln: Postcode = "1348".parse().unwrap();
    assert!(lln.lookup("Louvain-la-Neuve").is_empty());
    assert_eq!(codes(&lln.municipalities().collect::<Vec<_>>()), ["25121"]);
}

#[test]
fn serde_and_json_schema() {
    assert_eq!(
        serde_json::to_string(&Region::Wallonia).unwrap(),
        r#""03000""#
    );
    assert_eq!(
        serde_json::from_str::<Region>(r#""04000""#).unwrap(),
        Region::BrusselsCapital
    );
    assert_eq!(
        serde_json::to_string(&Province::FlemishBrabant).unwrap(),
        r#""20001""#
    );
    assert_eq!(
        serde_json::from_str::<Province>(r#""90000""#).unwrap(),
        Province::Namur
    );
    assert!(serde_json::from_str::<Province>(r#""04000""#).is_err());
    assert_eq!(
        serde_json::to_string(&LanguageArea::German).unwrap(),
        r#""german""#
    );
    let eupen = serde_json::to_value(Municipality::find("Eupen")[0]).unwrap();
    assert_eq!(
        eupen,
        serde_json::json!({
            "code": "63023",
            "names": {"nl": "Eupen", "fr": "Eupen", "de": "Eupen"},
            "province": "60000",
            "region": "03000",
            "languageArea": "german",
            "facilities": "fr"
        })
    );
    let schema = schemars::schema_for!(Municipality);
    let validator = jsonschema::validator_for(schema.as_value()).unwrap();
    for m in Municipality::all() {
        let value = serde_json::to_value(m).unwrap();
        assert!(validator.is_valid(&value), "{value}");
    }
    let invalid = serde_json::json!({"code": "44021", "names": {"nl": "Gent", "fr": "Gand"},
        "province": "44000", "region": "02000", "languageArea": "dutch", "facilities": null});
    assert!(!validator.is_valid(&invalid));
    for (name, schema) in [
        ("Region", schemars::schema_for!(Region)),
        ("Province", schemars::schema_for!(Province)),
        ("LanguageArea", schemars::schema_for!(LanguageArea)),
        ("Municipality", schemars::schema_for!(Municipality)),
    ] {
        assert_eq!(
            schema
                .get("title")
                .and_then(|t| t.as_str())
                .map(str::is_empty),
            Some(false),
            "{name}"
        );
    }
}
