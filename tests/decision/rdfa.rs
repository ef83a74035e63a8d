//! The RDFa (HTML) writer: the page is well-formed (every tag closed, in order), escapes every
//! text, holds no national number, and states exactly the (subject, property) pairs of the
//! JSON-LD of the same projection, found by a scan of its RDFa attributes. The full graph
//! comparison (pyRdfa3 against pyld) is `tests/oslo/decision_rdfa.py`.

use std::collections::BTreeSet;

use bouwstenen::Insz;
use bouwstenen::decision::{DecisionError, DocumentKind, RenderOptions, Zitting};
use serde_json::Value;

use super::model::{build, fixture};

const KINDS: [DocumentKind; 3] = [
    DocumentKind::Agenda,
    DocumentKind::Besluitenlijst,
    DocumentKind::Notulen,
];

/// With the extract (*uittreksel*): the fixture has one.
const ALL_KINDS: [DocumentKind; 4] = [
    DocumentKind::Agenda,
    DocumentKind::Besluitenlijst,
    DocumentKind::Notulen,
    DocumentKind::Uittreksel,
];

fn built(json: Value) -> Zitting {
    build(json).unwrap_or_else(|v| panic!("the session does not build: {v}"))
}

const VOID: [&str; 6] = ["meta", "br", "hr", "img", "input", "link"];

/// A start tag: its name and attributes (values unescaped).
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Parses `name attr="value" …` (the writer quotes every value with `"`).
fn parse_tag(inner: &str) -> Tag {
    let (name, mut rest) = inner.split_once(' ').unwrap_or((inner, ""));
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let end = rest.find(['=', ' ']).unwrap_or(rest.len());
        let attribute = rest[..end].to_owned();
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').expect("an unterminated attribute value");
            let value = &after[..close];
            assert!(!value.contains(['<', '>']), "unescaped value: {value}");
            attributes.push((attribute, unescape(value)));
            rest = &after[close + 1..];
        } else {
            attributes.push((attribute, String::new()));
        }
    }
    Tag {
        name: name.to_owned(),
        attributes,
    }
}

/// Walks the page's tags, checking that each element is closed in order, and collects the
/// (subject, property) pairs its RDFa states (`rdf:type` for `typeof`).
fn scan(html: &str) -> BTreeSet<(String, String)> {
    let body = html
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("an HTML5 doctype");
    // Open elements with the subject their children inherit.
    let mut stack: Vec<(String, Option<String>)> = Vec::new();
    let mut pairs = BTreeSet::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').expect("an unterminated tag");
        let inner = &after[..end];
        rest = &after[end + 1..];
        if let Some(name) = inner.strip_prefix('/') {
            let (open, _) = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name, "</{name}> closes <{open}>");
            continue;
        }
        let tag = parse_tag(inner);
        assert!(
            tag.name.chars().all(|c| c.is_ascii_alphanumeric()),
            "a tag name: {inner}"
        );
        for forbidden in ["vocab", "rel", "rev", "role", "href", "src", "xmlns"] {
            assert!(tag.get(forbidden).is_none(), "{forbidden} in <{inner}>");
        }
        let parent = stack.iter().rev().find_map(|(_, s)| s.clone());
        let property = tag.get("property");
        let types = tag.get("typeof");
        let mut children = parent.clone();
        if let Some(about) = tag.get("about") {
            if let Some(property) = property {
                pairs.insert((about.to_owned(), property.to_owned()));
            }
            if types.is_some() {
                pairs.insert((about.to_owned(), "rdf:type".to_owned()));
            }
            children = Some(about.to_owned());
        } else {
            if let Some(property) = property {
                let subject = parent.clone().expect("a property outside every subject");
                pairs.insert((subject, property.to_owned()));
            }
            match (tag.get("resource"), types) {
                (Some(resource), Some(_)) => {
                    pairs.insert((resource.to_owned(), "rdf:type".to_owned()));
                    children = Some(resource.to_owned());
                }
                (None, Some(_)) => panic!("typeof without a subject (a blank node): <{inner}>"),
                (Some(_), None) => assert!(property.is_some(), "a bare resource: <{inner}>"),
                (None, None) => {}
            }
        }
        if tag.get("content").is_some() || tag.get("datatype").is_some() {
            assert!(
                property.is_some() && tag.get("resource").is_none() && types.is_none(),
                "a literal element with a subject: <{inner}>"
            );
        }
        if !VOID.contains(&tag.name.as_str()) {
            stack.push((tag.name.clone(), children));
        }
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    pairs
}

/// The (subject, property) pairs of the JSON-LD of the same projection.
fn jsonld_pairs(
    zitting: &Zitting,
    kind: DocumentKind,
    options: &RenderOptions,
) -> BTreeSet<(String, String)> {
    let doc = zitting.to_jsonld(kind, options).unwrap();
    let mut pairs = BTreeSet::new();
    for node in doc["@graph"].as_array().unwrap() {
        let object = node.as_object().unwrap();
        let id = object["@id"].as_str().unwrap().to_owned();
        for key in object.keys() {
            match key.as_str() {
                "@id" => {}
                "@type" => {
                    pairs.insert((id.clone(), "rdf:type".to_owned()));
                }
                property => {
                    pairs.insert((id.clone(), property.to_owned()));
                }
            }
        }
    }
    pairs
}

#[test]
fn the_pages_state_the_pairs_of_the_projection() {
    let zitting = built(fixture());
    for emit in [false, true] {
        let options = RenderOptions::default().emit_prov_generated(emit);
        for kind in ALL_KINDS {
            let html = zitting.to_rdfa(kind, &options).unwrap();
            let found = scan(&html);
            let expected = jsonld_pairs(&zitting, kind, &options);
            let missing: Vec<_> = expected.difference(&found).collect();
            let extra: Vec<_> = found.difference(&expected).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{kind}: missing {missing:?}, extra {extra:?}"
            );
        }
    }
    // The example session too.
    let example = Zitting::example();
    for kind in KINDS {
        let options = RenderOptions::default();
        let html = example.to_rdfa(kind, &options).unwrap();
        assert_eq!(
            scan(&html),
            jsonld_pairs(&example, kind, &options),
            "{kind}"
        );
    }
}

#[test]
fn the_pages_are_readable_and_declare_their_language_and_prefixes() {
    let zitting = built(fixture());
    let html = zitting
        .to_rdfa(DocumentKind::Notulen, &RenderOptions::default())
        .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\" prefix=\"besluit: "));
    assert!(html.contains("<title>Notulen Gemeenteraad Voorbeeldgem 13 januari 2025</title>"));
    assert!(html.contains("<details open><summary>Volledige tekst</summary>"));
    assert!(html.contains(">13 januari 2025, 19:34</span>"));
    let list = zitting
        .to_rdfa(DocumentKind::Besluitenlijst, &RenderOptions::default())
        .unwrap();
    assert!(list.contains("<details><summary>Volledige tekst</summary>"));
    // Strings typed, language-tagged strings with their language, never both.
    assert!(!html.contains("datatype=\"xsd:string\" lang="));
    assert!(html.contains("<span property=\"besluit:gevolg\" lang=\"nl\">"));
}

#[test]
fn every_text_is_escaped() {
    let mut json = fixture();
    let nasty = "Verbod op <script>alert('x')</script> & \"co\"";
    json["agendapunten"][0]["titel"] = nasty.into();
    json["bestuursorgaan"]["naam"] = "Raad <b>&</b>".into();
    let zitting = built(json);
    for kind in KINDS {
        let html = zitting.to_rdfa(kind, &RenderOptions::default()).unwrap();
        assert!(!html.contains("<script"), "{kind}");
        assert!(!html.contains("<b>"), "{kind}");
        assert!(html.contains(
            "Verbod op &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"
        ));
        assert!(html.contains("<title>"));
        assert!(html.contains("Raad &lt;b&gt;&amp;&lt;/b&gt;"), "{kind}");
        scan(&html);
    }
}

#[test]
fn no_national_number_is_written() {
    let zitting = built(fixture());
    for kind in ALL_KINDS {
        let html = zitting.to_rdfa(kind, &RenderOptions::default()).unwrap();
        // Runs of digits with the separators people write (`.`, `-`, spaces): none is an INSZ.
        let joined: String = html
            .split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | ' ')))
            .map(|chunk| {
                chunk
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
            })
            .filter(|d| d.len() == 11)
            .collect::<Vec<_>>()
            .join(",");
        for candidate in joined.split(',').filter(|c| !c.is_empty()) {
            assert!(candidate.parse::<Insz>().is_err(), "{kind}: {candidate}");
        }
    }
    // The builder is what keeps them out: a text with one does not build, even behind a
    // neighbouring figure.
    for title in [
        "Aanvraag van 85.07.30-033.28",
        "Dossier 2025-85073003328",
        "Nr 1 85073003328",
    ] {
        let mut json = fixture();
        json["agendapunten"][0]["titel"] = title.into();
        assert!(build(json).is_err(), "{title}");
    }
    // A number split over two texts that the page joins (first and last name) builds, but the
    // page is refused rather than written.
    let mut json = fixture();
    json["mandatarissen"][0]["persoon"]["gebruikteVoornaam"] = "An 8507300".into();
    json["mandatarissen"][0]["persoon"]["familienaam"] = "3328 Peeters".into();
    let zitting = built(json);
    assert_eq!(
        zitting.to_rdfa(DocumentKind::Notulen, &RenderOptions::default()),
        Err(bouwstenen::decision::DecisionError::TextNationalNumber)
    );
}

#[test]
fn an_extract_shows_one_treatment() {
    let zitting = built(fixture());
    let options = RenderOptions::default();
    let html = zitting.to_rdfa(DocumentKind::Uittreksel, &options).unwrap();
    let pairs = scan(&html);
    assert_eq!(
        pairs,
        jsonld_pairs(&zitting, DocumentKind::Uittreksel, &options)
    );
    assert!(html.contains("<title>Uittreksel Gemeenteraad Voorbeeldgem 13 januari 2025</title>"));
    assert!(html.contains("<h1>Uittreksel</h1>"));
    assert!(html.contains("<details open><summary>Volledige tekst</summary>"));
    // One treatment described, the extract's.
    let treatment = zitting.documenten().uittreksels[0].behandeling.as_str();
    assert_eq!(html.matches("besluit:BehandelingVanAgendapunt").count(), 1);
    assert!(html.contains(&format!(r#"about="{treatment}""#)));
    // The extract's document names it.
    assert!(html.contains(&format!(
        r#"<span property="dct:subject" resource="{treatment}"></span>"#
    )));
    // Every subject of the extract is a subject of the minutes, and there are fewer.
    let subjects = |pairs: &BTreeSet<(String, String)>| -> BTreeSet<String> {
        pairs.iter().map(|(s, _)| s.clone()).collect()
    };
    let notulen = scan(&zitting.to_rdfa(DocumentKind::Notulen, &options).unwrap());
    let (own, all) = (subjects(&pairs), subjects(&notulen));
    assert!(own.is_subset(&all));
    assert!(own.len() < all.len());
    // A session without that extract: an error, no page.
    assert_eq!(
        zitting.to_rdfa(DocumentKind::Uittreksel, &options.uittreksel(1)),
        Err(DecisionError::Required)
    );
}
