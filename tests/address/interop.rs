//! Addresses: interoperability. GML and WKT points, the JSON and JSON-LD forms of positions and
//! addresses, and reading the Flemish address register's API (v2 and v3) from the shared
//! example files.

use std::path::PathBuf;

use bouwstenen::Language;
use bouwstenen::address::{
    Address, AddressError, AddressStatus, Lambert72, Lambert2008, Point, Position, PositionError,
    PositionMethod, PositionSpecification, Wgs84,
};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A file of the shared OSLO data, read at run time (never copied into the project).
fn oslo(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/oslo")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn l72(x: f64, y: f64) -> Point {
    Lambert72::new(x, y).unwrap().into()
}

fn l08(x: f64, y: f64) -> Point {
    Lambert2008::new(x, y).unwrap().into()
}

fn wgs(lon: f64, lat: f64) -> Point {
    Wgs84::new(lon, lat).unwrap().into()
}

// ---------------------------------------------------------------------------------------------
// GML and WKT
// ---------------------------------------------------------------------------------------------

const REGISTER_GML_72: &str = r#"<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"#;
const REGISTER_GML_08: &str = r#"<gml:Point srsName="http://www.opengis.net/def/crs/EPSG/0/3812" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>573857.26 711625.49</gml:pos></gml:Point>"#;

#[test]
fn gml_is_the_registers_byte_for_byte() {
    assert_eq!(l72(140_252.76, 198_794.27).to_gml(), REGISTER_GML_72);
    assert_eq!(l08(573_857.26, 711_625.49).to_gml(), REGISTER_GML_08);
    // Both GML strings of the register's v3 example, as it writes them.
    let example = oslo("adres/examples/GRAR-Adres-v3-envelop.json");
    assert!(example.contains(&REGISTER_GML_72.replace('"', "\\\"")));
    assert!(example.contains(&REGISTER_GML_08.replace('"', "\\\"")));
    assert_eq!(
        Point::from_gml(REGISTER_GML_72).unwrap(),
        l72(140_252.76, 198_794.27)
    );
    assert_eq!(
        Point::from_gml(REGISTER_GML_08).unwrap(),
        l08(573_857.26, 711_625.49)
    );
}

#[test]
fn gml_uses_two_decimals_with_ties_away_from_zero_like_the_register() {
    // .NET "F2": 0.125 → 0.13 (Rust's own formatting gives 0.12); whole metres get ".00".
    assert!(
        l72(150_000.125, 170_000.0)
            .to_gml()
            .contains("<gml:pos>150000.13 170000.00</gml:pos>")
    );
    assert!(
        l72(150_000.375, 170_000.994)
            .to_gml()
            .contains("<gml:pos>150000.38 170000.99</gml:pos>")
    );
    assert!(
        l72(99.995, 0.005)
            .to_gml()
            .contains("<gml:pos>100.00 0.01</gml:pos>")
    );
    // Not a tie in binary (0.145 is 0.14499999…): rounds down, as .NET does.
    assert!(
        l72(0.145, 1.0)
            .to_gml()
            .contains("<gml:pos>0.14 1.00</gml:pos>")
    );
    // Degrees: 8 decimals, latitude first; no "-0.00000000".
    assert!(
        wgs(-0.000_000_001, 50.0)
            .to_gml()
            .contains("<gml:pos>50.00000000 0.00000000</gml:pos>")
    );
    assert!(
        wgs(-3.5, -45.25)
            .to_gml()
            .contains("<gml:pos>-45.25000000 -3.50000000</gml:pos>")
    );
}

#[test]
fn gml_is_read_in_its_usual_spellings() {
    let point = l72(140_252.76, 198_794.27);
    for gml in [
        REGISTER_GML_72.to_owned(),
        // Attribute order, quotes, whitespace, http, an XML declaration, srsDimension.
        "<?xml version=\"1.0\"?>\n<gml:Point xmlns:gml='http://www.opengis.net/gml/3.2' srsName='http://www.opengis.net/def/crs/EPSG/0/31370'>\n  <gml:pos srsDimension=\"2\">\n 140252.76\t198794.27 </gml:pos>\n</gml:Point>\n".to_owned(),
        r#"<gml:Point srsName="EPSG:31370"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"#.to_owned(),
        r#"<gml:Point srsName="urn:ogc:def:crs:EPSG::31370"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"#.to_owned(),
        r#"<gml:Point srsName="urn:ogc:def:crs:EPSG:6.9:31370"><gml:pos>140252.76 198794.27</gml:pos></gml:Point>"#.to_owned(),
        r#"<Point xmlns="http://www.opengis.net/gml/3.2" srsName="https://www.opengis.net/def/crs/EPSG/0/31370"><pos>140252.76 198794.27</pos></Point>"#.to_owned(),
        r#"<gml32:Point gml32:id="p1" srsName="https://opengis.net/def/crs/epsg/0/31370" xmlns:gml32="http://www.opengis.net/gml/3.2"><gml32:pos>140252.76 198794.27</gml32:pos></gml32:Point>"#.to_owned(),
    ] {
        assert_eq!(Point::from_gml(&gml), Ok(point), "{gml}");
    }
    // EPSG:4326 is latitude first in every spelling; CRS84 is longitude first.
    let brussels = wgs(4.3525, 50.8467);
    for srs in [
        "http://www.opengis.net/def/crs/EPSG/0/4326",
        "urn:ogc:def:crs:EPSG::4326",
        "EPSG:4326",
    ] {
        let gml =
            format!(r#"<gml:Point srsName="{srs}"><gml:pos>50.8467 4.3525</gml:pos></gml:Point>"#);
        assert_eq!(Point::from_gml(&gml), Ok(brussels), "{srs}");
    }
    let crs84 = r#"<gml:Point srsName="http://www.opengis.net/def/crs/OGC/1.3/CRS84"><gml:pos>4.3525 50.8467</gml:pos></gml:Point>"#;
    assert_eq!(Point::from_gml(crs84), Ok(brussels));
}

#[test]
fn gml_that_is_not_a_point_is_rejected_with_a_code() {
    let cases = [
        ("", PositionError::Gml),
        ("140252.76 198794.27", PositionError::Gml),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>1 2 3</gml:pos></gml:Point>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>1</gml:pos></gml:Point>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>1 2</gml:pos></gml:Point> trailing"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>1 2</gml:pos>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>1 2</gml:posx></gml:Point>"#,
            PositionError::Gml,
        ),
        (r#"<gml:Point srsName="EPSG:31370"/>"#, PositionError::Gml),
        (
            r#"<gml:LineString srsName="EPSG:31370"><gml:posList>1 2 3 4</gml:posList></gml:LineString>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos srsDimension="3">1 2 3</gml:pos></gml:Point>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370" xmlns:gml="http://example.org/"><gml:pos>1 2</gml:pos></gml:Point>"#,
            PositionError::Gml,
        ),
        (
            r#"<gml:Point><gml:pos>1 2</gml:pos></gml:Point>"#,
            PositionError::Crs,
        ),
        (
            r#"<gml:Point srsName="EPSG:28992"><gml:pos>1 2</gml:pos></gml:Point>"#,
            PositionError::Crs,
        ),
        (
            r#"<gml:Point srsName="http://www.opengis.net/def/crs/EPSG/0/313700"><gml:pos>1 2</gml:pos></gml:Point>"#,
            PositionError::Crs,
        ),
        (
            r#"<gml:Point srsName="EPSG:31370"><gml:pos>NaN 2</gml:pos></gml:Point>"#,
            PositionError::NotFinite,
        ),
        (
            r#"<gml:Point srsName="EPSG:4326"><gml:pos>91 4</gml:pos></gml:Point>"#,
            PositionError::Range,
        ),
    ];
    for (gml, error) in cases {
        assert_eq!(Point::from_gml(gml), Err(error), "{gml}");
    }
    assert_eq!(Point::from_gml(&"<".repeat(5000)), Err(PositionError::Gml));
}

#[test]
fn wkt_is_a_geosparql_literal_and_reads_ewkt() {
    assert_eq!(
        l72(140_252.76, 198_794.27).to_wkt(),
        "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (140252.76 198794.27)"
    );
    assert_eq!(
        l08(573_857.26, 711_625.49).to_wkt(),
        "<http://www.opengis.net/def/crs/EPSG/0/3812> POINT (573857.26 711625.49)"
    );
    assert_eq!(wgs(4.3525, 50.8467).to_wkt(), "POINT (4.3525 50.8467)");
    let point = l72(140_252.76, 198_794.27);
    for wkt in [
        "SRID=31370;POINT(140252.76 198794.27)",
        "srid=31370; point ( 140252.76 198794.27 ) ",
        "<https://www.opengis.net/def/crs/EPSG/0/31370>POINT(140252.76 198794.27)",
        "<urn:ogc:def:crs:EPSG::31370> Point (140252.76 198794.27)",
    ] {
        assert_eq!(Point::from_wkt(wkt), Ok(point), "{wkt}");
    }
    let brussels = wgs(4.3525, 50.8467);
    assert_eq!(Point::from_wkt("POINT (4.3525 50.8467)"), Ok(brussels));
    assert_eq!(
        Point::from_wkt("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT (4.3525 50.8467)"),
        Ok(brussels)
    );
    for (wkt, error) in [
        ("POINT EMPTY", PositionError::Wkt),
        ("POINT Z (1 2 3)", PositionError::Wkt),
        ("POINT (1 2 3)", PositionError::Wkt),
        ("LINESTRING (1 2, 3 4)", PositionError::Wkt),
        ("POINT (1 2", PositionError::Wkt),
        ("SRID=31370 POINT (1 2)", PositionError::Wkt),
        (
            "<http://www.opengis.net/def/crs/EPSG/0/31370 POINT (1 2)",
            PositionError::Wkt,
        ),
        ("SRID=3857;POINT (1 2)", PositionError::Crs),
        ("<http://example.org/crs> POINT (1 2)", PositionError::Crs),
        ("POINT (200 50)", PositionError::Range),
        ("POINT (inf 50)", PositionError::NotFinite),
    ] {
        assert_eq!(Point::from_wkt(wkt), Err(error), "{wkt}");
    }
}

#[test]
fn position_error_codes_and_messages() {
    for (error, code) in [
        (PositionError::Gml, "position.gml"),
        (PositionError::Wkt, "position.wkt"),
        (PositionError::Crs, "position.crs"),
        (PositionError::Mismatch, "position.mismatch"),
    ] {
        assert_eq!(error.code(), code);
        let message = error.to_string();
        assert!(
            message.chars().next().is_some_and(char::is_lowercase),
            "{message}"
        );
    }
    for (error, code) in [
        (AddressError::RegisterJson, "address.register_json"),
        (AddressError::RegisterPosition, "address.register_position"),
    ] {
        assert_eq!(error.code(), code);
        assert!(
            error
                .to_string()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Reading GML gives the point rounded to GML's precision, reading WKT or JSON gives the
    /// point itself, and writing what was read gives the same text, in every system.
    #[test]
    fn text_forms_round_trip_at_their_precision(lon in 2.3f64..6.6, lat in 49.3f64..51.7) {
        let wgs84 = Wgs84::new(lon, lat).unwrap();
        for point in [
            Point::from(wgs84),
            Point::from(wgs84.to_lambert72()),
            Point::from(wgs84.to_lambert2008()),
        ] {
            let gml = point.to_gml();
            let wkt = point.to_wkt();
            let from_gml = Point::from_gml(&gml).unwrap();
            let from_wkt = Point::from_wkt(&wkt).unwrap();
            prop_assert_eq!(from_gml, point.rounded());
            prop_assert_eq!(from_wkt, point);
            prop_assert_eq!(from_gml.to_gml(), gml);
            prop_assert_eq!(from_wkt.to_wkt(), wkt);
            // Within half a unit of the last decimal: 5 mm, or 5e-9 degrees.
            let (a, b) = (point.to_lambert2008(), from_gml.to_lambert2008());
            prop_assert!((a.x() - b.x()).hypot(a.y() - b.y()) < 0.008);
            let json = serde_json::to_string(&point).unwrap();
            prop_assert_eq!(serde_json::from_str::<Point>(&json).unwrap(), point);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// JSON of points and positions
// ---------------------------------------------------------------------------------------------

#[test]
fn point_json_mirrors_the_register_and_adds_wkt() {
    let point = l72(140_252.76, 198_794.27);
    assert_eq!(
        serde_json::to_value(point).unwrap(),
        json!({
            "type": "Point",
            "gml": REGISTER_GML_72,
            "wkt": "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (140252.76 198794.27)",
        })
    );
    // Either form alone; both must agree.
    let only_gml = json!({"type": "Point", "gml": REGISTER_GML_72});
    assert_eq!(serde_json::from_value::<Point>(only_gml).unwrap(), point);
    let only_wkt = json!({"type": "Point", "wkt": "SRID=31370;POINT(140252.76 198794.27)"});
    assert_eq!(serde_json::from_value::<Point>(only_wkt).unwrap(), point);
    let disagree = json!({"type": "Point", "gml": REGISTER_GML_72, "wkt": "SRID=31370;POINT(140252.76 198794.28)"});
    assert!(serde_json::from_value::<Point>(disagree).is_err());
    // The register's two systems for one place (helmert result of the v3 detail example).
    let both = json!({"type": "Point", "gml": REGISTER_GML_72, "wkt": "SRID=3812;POINT(640249.09 698793.29)"});
    assert_eq!(serde_json::from_value::<Point>(both).unwrap(), point);
    let far = json!({"type": "Point", "gml": REGISTER_GML_72, "wkt": "SRID=3812;POINT(640251 698793.29)"});
    assert!(serde_json::from_value::<Point>(far).is_err());
    for bad in [
        json!({"type": "Point"}),
        json!({"gml": REGISTER_GML_72}),
        json!({"type": "Punt", "gml": REGISTER_GML_72}),
        json!({"type": "Point", "gml": REGISTER_GML_72, "srs": "EPSG:31370"}),
        json!({"lambert72": {"x": 1.0, "y": 2.0}}),
    ] {
        assert!(
            serde_json::from_value::<Point>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

/// Any valid point: WGS 84 anywhere, Lambert at any finite coordinates (mostly realistic ones).
fn any_point() -> impl Strategy<Value = Point> {
    let metres = || {
        prop_oneof![
            3 => -1e7f64..1e7,
            1 => any::<f64>().prop_filter("finite", |v| v.is_finite()),
        ]
    };
    prop_oneof![
        (-180.0f64..=180.0, -90.0f64..=90.0).prop_map(|(lon, lat)| wgs(lon, lat)),
        (metres(), metres()).prop_map(|(x, y)| l72(x, y)),
        (metres(), metres()).prop_map(|(x, y)| l08(x, y)),
        (2.3f64..6.6, 49.3f64..51.7)
            .prop_map(|(lon, lat)| Point::from(Wgs84::new(lon, lat).unwrap().to_lambert72())),
        (2.3f64..6.6, 49.3f64..51.7)
            .prop_map(|(lon, lat)| Point::from(Wgs84::new(lon, lat).unwrap().to_lambert2008())),
        (0.0f64..1e6, 0.0f64..1e6)
            .prop_map(|(x, y)| Point::from(Lambert2008::new(x, y).unwrap().to_wgs84())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 1024, ..ProptestConfig::default() })]

    /// The JSON of every valid point, and of a position holding it, reads back as the same
    /// value; its WKT alone does too.
    #[test]
    fn json_round_trips_every_point_exactly(point in any_point()) {
        let json = serde_json::to_string(&point).unwrap();
        prop_assert_eq!(serde_json::from_str::<Point>(&json).unwrap(), point, "{}", json);
        prop_assert_eq!(Point::from_wkt(&point.to_wkt()).unwrap(), point);
        let wkt = point.to_wkt();
        let coordinates = wkt.rsplit_once("POINT (").unwrap().1;
        prop_assert!(!coordinates.contains(['e', 'E']), "{}", wkt);
        let position = Position {
            point,
            method: Some(PositionMethod::Geinterpoleerd),
            specification: None,
        };
        let json = serde_json::to_string(&position).unwrap();
        prop_assert_eq!(serde_json::from_str::<Position>(&json).unwrap(), position);
    }
}

#[test]
fn json_round_trips_points_that_are_not_rounded() {
    let points = [
        Point::from(Wgs84::new(4.3525, 50.8467).unwrap().to_lambert72()),
        Point::from(Wgs84::new(4.3525, 50.8467).unwrap().to_lambert2008()),
        wgs(4.123_456_789, 50.5),
        l72(0.1 + 0.2, -0.0),
        l72(1e-7, 1e21),
        l08(f64::MAX, f64::MIN_POSITIVE),
    ];
    for point in points {
        let json = serde_json::to_value(point).unwrap();
        assert_eq!(
            serde_json::from_value::<Point>(json.clone()).unwrap(),
            point,
            "{json}"
        );
        // GML stays the register's 2 decimals (8 for degrees); WKT is exact and never uses
        // an exponent.
        let gml = json["gml"].as_str().unwrap();
        let wkt = json["wkt"].as_str().unwrap();
        assert_eq!(Point::from_gml(gml).unwrap(), point.rounded());
        let coordinates = wkt.rsplit_once("POINT (").unwrap().1;
        assert!(!coordinates.contains(['e', 'E']), "{wkt}");
    }
    // The JSON-LD document, which writes the same WKT, round-trips too.
    let address = kerkstraat()
        .to_builder()
        .position(points[0].into())
        .build()
        .unwrap();
    let back: Address = serde_json::from_value(address.to_jsonld()).unwrap();
    assert_eq!(back, address);
    assert_eq!(
        wgs(4.123_456_789, 50.5).to_wkt(),
        "POINT (4.123456789 50.5)"
    );
    assert_eq!(
        l72(0.1 + 0.2, -0.0).to_wkt(),
        "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (0.30000000000000004 0)"
    );
}

#[test]
fn point_json_keeps_wkt_and_checks_gml_at_its_precision() {
    let exact = l72(140_252.764_9, 198_794.265);
    let gml_72 = |pos: &str| {
        format!(r#"<gml:Point srsName="EPSG:31370"><gml:pos>{pos}</gml:pos></gml:Point>"#)
    };
    let wkt = "SRID=31370;POINT(140252.7649 198794.265)";
    // GML agrees with WKT to the decimals it prints: the WKT value is kept.
    for pos in [
        "140252.76 198794.27",
        "140252.76 198794.26",
        "140252.765 198794.265",
        "140253 198794",
        "1.402527649E5 198794.3",
    ] {
        let json = json!({"type": "Point", "gml": gml_72(pos), "wkt": wkt});
        assert_eq!(
            serde_json::from_value::<Point>(json).unwrap(),
            exact,
            "{pos}"
        );
    }
    // It does not: a mismatch.
    for pos in [
        "140252.77 198794.27",
        "140252.764 198794.265",
        "140252.76 198794.25",
        "1.40252764E5 198794.3",
    ] {
        let json = json!({"type": "Point", "gml": gml_72(pos), "wkt": wkt});
        let error = serde_json::from_value::<Point>(json).unwrap_err();
        assert!(error.to_string().contains("disagree"), "{pos}: {error}");
    }
    // WGS 84: GML latitude first, WKT longitude first.
    let brussels = wgs(4.352_500_001_2, 50.846_699_999_6);
    let json = json!({
        "type": "Point",
        "gml": r#"<gml:Point srsName="EPSG:4326"><gml:pos>50.8467 4.3525</gml:pos></gml:Point>"#,
        "wkt": "POINT (4.3525000012 50.8466999996)",
    });
    assert_eq!(serde_json::from_value::<Point>(json).unwrap(), brussels);
}

#[test]
fn code_lists_read_the_value_or_the_iri_and_nothing_else() {
    assert_eq!("inGebruik".parse(), Ok(AddressStatus::InGebruik));
    assert_eq!(
        "https://data.vlaanderen.be/id/concept/adresstatus/inGebruik".parse(),
        Ok(AddressStatus::InGebruik)
    );
    for bad in [
        "INGEBRUIK",
        "ingebruik",
        " inGebruik",
        "inGebruik ",
        "https://data.vlaanderen.be/id/concept/adresstatus/INGEBRUIK",
        "https://data.vlaanderen.be/id/concept/geometriemethode/inGebruik",
        "data.vlaanderen.be/id/concept/adresstatus/inGebruik",
        "",
    ] {
        assert_eq!(
            bad.parse::<AddressStatus>(),
            Err(AddressError::Code),
            "{bad:?}"
        );
    }
    assert_eq!(
        "https://data.vlaanderen.be/id/concept/geometriemethode/geinterpoleerd".parse(),
        Ok(PositionMethod::Geinterpoleerd)
    );
    assert!("Geinterpoleerd".parse::<PositionMethod>().is_err());
    assert!("GEBOUW".parse::<PositionSpecification>().is_err());

    // Serde reads exactly what FromStr reads, in an address and in a position alike, and
    // writes the plain value.
    let address = |status: &str| {
        serde_json::from_value::<Address>(
            json!({"straatnaam": "Meir", "postcode": "2000", "adresStatus": status}),
        )
    };
    let position = |method: Value| {
        serde_json::from_value::<Position>(
            json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "methode": method}),
        )
    };
    let status_schema = serde_json::to_value(schemars::schema_for!(AddressStatus)).unwrap();
    let status_schema = jsonschema::validator_for(&status_schema).unwrap();
    let method_schema = serde_json::to_value(schemars::schema_for!(PositionMethod)).unwrap();
    let method_schema = jsonschema::validator_for(&method_schema).unwrap();
    let position_schema = serde_json::to_value(schemars::schema_for!(Position)).unwrap();
    let position_schema = jsonschema::validator_for(&position_schema).unwrap();
    let statuses = AddressStatus::ALL
        .iter()
        .flat_map(|s| {
            [
                s.to_string(),
                s.iri(),
                s.to_string().to_uppercase(),
                s.iri().replace("https:", "http:"),
            ]
        })
        .chain(["".to_owned(), "onbekend".to_owned()]);
    for text in statuses {
        let parsed = text.parse::<AddressStatus>();
        assert_eq!(
            serde_json::from_value::<AddressStatus>(json!(text)).ok(),
            parsed.ok(),
            "{text}"
        );
        assert_eq!(address(&text).is_ok(), parsed.is_ok(), "{text}");
        assert_eq!(
            status_schema.is_valid(&json!(text)),
            parsed.is_ok(),
            "{text}"
        );
        if let Ok(status) = parsed {
            assert_eq!(
                serde_json::to_value(status).unwrap(),
                json!(status.to_string())
            );
            assert_eq!(address(&text).unwrap().status(), Some(status));
        }
    }
    let methods = PositionMethod::ALL
        .iter()
        .flat_map(|m| {
            [
                m.to_string(),
                m.iri(),
                m.to_string().to_uppercase(),
                m.iri().replace("https:", "http:"),
            ]
        })
        .chain([
            "".to_owned(),
            "https://data.vlaanderen.be/id/concept/adresstatus/inGebruik".to_owned(),
        ]);
    for text in methods {
        let parsed = text.parse::<PositionMethod>();
        assert_eq!(
            serde_json::from_value::<PositionMethod>(json!(text)).ok(),
            parsed.ok(),
            "{text}"
        );
        for form in [
            json!(text),
            json!({"@id": text}),
            json!({"@id": text, "@type": "skos:Concept"}),
        ] {
            assert_eq!(
                position(form.clone()).ok().and_then(|p| p.method),
                parsed.ok(),
                "{form}"
            );
            let document =
                json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "methode": form});
            assert_eq!(
                position_schema.is_valid(&document),
                parsed.is_ok(),
                "{document}"
            );
        }
        assert_eq!(
            method_schema.is_valid(&json!(text)),
            parsed.is_ok(),
            "{text}"
        );
    }
}

#[test]
fn position_json_reads_codes_iris_and_nodes() {
    let position = Position {
        point: l08(573_857.26, 711_625.49),
        method: Some(PositionMethod::AangeduidDoorBeheerder),
        specification: Some(PositionSpecification::Gebouweenheid),
    };
    let json = serde_json::to_value(position).unwrap();
    assert_eq!(json["methode"], "aangeduidDoorBeheerder");
    assert_eq!(json["specificatie"], "gebouweenheid");
    assert_eq!(json["geometrie"]["gml"], REGISTER_GML_08);
    assert_eq!(serde_json::from_value::<Position>(json).unwrap(), position);
    // The register's v3 form of a position (one point) reads as the same position.
    let v3 = json!({
        "@type": "GeografischePositie",
        "default": true,
        "geometrie": {"type": "Point", "gml": REGISTER_GML_08},
        "methode": {"@id": "https://data.vlaanderen.be/id/concept/geometriemethode/aangeduidDoorBeheerder", "@type": "skos:Concept", "skos:prefLabel": "aangeduidDoorBeheerder"},
        "specificatie": "https://data.vlaanderen.be/id/concept/geometriespecificatie/gebouweenheid",
    });
    assert_eq!(serde_json::from_value::<Position>(v3).unwrap(), position);
    for bad in [
        json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "methode": "guessed"}),
        json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "methode": "https://data.vlaanderen.be/id/concept/adresstatus/inGebruik"}),
        json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "@type": "Adres"}),
        json!({"geometrie": {"type": "Point", "gml": REGISTER_GML_08}, "hoogte": 12}),
        json!({"methode": "geinterpoleerd"}),
    ] {
        assert!(
            serde_json::from_value::<Position>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn point_and_position_schemas_accept_what_serde_writes() {
    let position = Position {
        point: wgs(4.3525, 50.8467),
        method: Some(PositionMethod::Geinterpoleerd),
        specification: None,
    };
    let schema = serde_json::to_value(schemars::schema_for!(Position)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&serde_json::to_value(position).unwrap()));
    let jsonld = position.to_jsonld();
    let mut without_context = jsonld.clone();
    without_context.as_object_mut().unwrap().remove("@context");
    assert!(validator.is_valid(&without_context));
    assert!(!validator.is_valid(&json!({"geometrie": {"type": "Point"}})));
    assert!(!validator.is_valid(&json!({"geometrie": {"type": "Point", "gml": "x"}, "extra": 1})));
}

// ---------------------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------------------

/// A bit of everything: box, register reference, status, a Lambert 72 position.
fn kerkstraat() -> Address {
    Address::builder()
        .street("Kerkstraat")
        .house_number("12".parse().unwrap())
        .box_number("3".parse().unwrap())
        .postcode("9000".parse().unwrap())
        .municipality("Gent")
        .language(Language::Nl)
        .register_address(
            "https://data.vlaanderen.be/id/adres/2046752"
                .parse()
                .unwrap(),
        )
        .status(AddressStatus::InGebruik)
        .position(Position {
            point: l72(104_719.27, 192_387.25),
            method: Some(PositionMethod::AangeduidDoorBeheerder),
            specification: Some(PositionSpecification::Gebouweenheid),
        })
        .build()
        .unwrap()
}

#[test]
fn context_maps_the_oslo_iris_exactly() {
    let context = bouwstenen::address::context();
    let terms = &context[0];
    let scoped = &context[1];
    let expect = [
        ("adres", "https://data.vlaanderen.be/ns/adres#"),
        ("generiek", "https://data.vlaanderen.be/ns/generiek#"),
        ("locn", "http://www.w3.org/ns/locn#"),
        ("geosparql", "http://www.opengis.net/ont/geosparql#"),
        ("sf", "http://www.opengis.net/ont/sf#"),
        ("Adresvoorstelling", "locn:Address"),
        ("straatnaam", "locn:thoroughfare"),
        ("gemeentenaam", "adres:gemeentenaam"),
        ("land", "adres:land"),
        ("volledigAdres", "locn:fullAddress"),
    ];
    for (term, iri) in expect {
        assert_eq!(terms[term], iri, "{term}");
    }
    for (term, iri, kind) in [
        (
            "huisnummer",
            "adres:Adresvoorstelling.huisnummer",
            "xsd:string",
        ),
        (
            "busnummer",
            "adres:Adresvoorstelling.busnummer",
            "xsd:string",
        ),
        ("postcode", "locn:postCode", "xsd:string"),
        ("postbus", "locn:poBox", "xsd:string"),
        ("verwijstNaar", "adres:verwijstNaar", "@id"),
        ("gml", "geosparql:asGML", "geosparql:gmlLiteral"),
        ("wkt", "geosparql:asWKT", "geosparql:wktLiteral"),
        ("default", "generiek:default", "xsd:boolean"),
    ] {
        assert_eq!(terms[term]["@id"], iri, "{term}");
        assert_eq!(terms[term]["@type"], kind, "{term}");
    }
    assert_eq!(terms["taal"], Value::Null);
    assert!(terms.get("@language").is_none());
    assert_eq!(
        scoped["adresStatus"]["@context"]["@vocab"],
        "https://data.vlaanderen.be/id/concept/adresstatus/"
    );
    assert_eq!(scoped["methode"]["@id"], "generiek:methode");
    assert_eq!(scoped["specificatie"]["@id"], "generiek:specificatie");
}

#[test]
fn jsonld_document_has_the_expected_keys() {
    let doc = kerkstraat().to_jsonld();
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "@context",
            "@type",
            "adresStatus",
            "busnummer",
            "gemeentenaam",
            "huisnummer",
            "positie",
            "postcode",
            "straatnaam",
            "taal",
            "verwijstNaar"
        ]
    );
    assert_eq!(doc["@type"], "Adresvoorstelling");
    assert_eq!(doc["@context"][0]["@language"], "nl");
    assert_eq!(doc["@context"][1], bouwstenen::address::context()[1]);
    assert_eq!(doc["adresStatus"], "inGebruik");
    assert_eq!(
        doc["verwijstNaar"],
        "https://data.vlaanderen.be/id/adres/2046752"
    );
    assert_eq!(
        doc["positie"],
        json!({
            "@type": "GeografischePositie",
            "default": true,
            "geometrie": {
                "type": "Point",
                "gml": "<gml:Point srsName=\"https://www.opengis.net/def/crs/EPSG/0/31370\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"><gml:pos>104719.27 192387.25</gml:pos></gml:Point>",
                "wkt": "<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (104719.27 192387.25)",
            },
            "methode": {"@id": "https://data.vlaanderen.be/id/concept/geometriemethode/aangeduidDoorBeheerder", "@type": "skos:Concept"},
            "specificatie": {"@id": "https://data.vlaanderen.be/id/concept/geometriespecificatie/gebouweenheid", "@type": "skos:Concept"},
        })
    );
    // Unknown language: names tagged "und", no taal key.
    let unknown = Address::builder()
        .street("Markt")
        .municipality("Brugge")
        .build()
        .unwrap()
        .to_jsonld();
    assert_eq!(unknown["@context"][0]["@language"], "und");
    assert!(unknown.get("taal").is_none());
}

#[test]
fn jsonld_round_trips_through_serde() {
    let po_box = Address::builder()
        .po_box("123")
        .postcode("9000".parse().unwrap())
        .municipality("Gent")
        .build()
        .unwrap();
    let foreign = Address::builder()
        .full_address("10 Downing Street, London SW1A 2AA")
        .country("United Kingdom")
        .language(Language::En)
        .build()
        .unwrap();
    let wgs84 = kerkstraat()
        .to_builder()
        .position(wgs(3.7250, 51.0543).into())
        .language(Language::Fr)
        .build()
        .unwrap();
    for address in [kerkstraat(), po_box, foreign, wgs84] {
        let doc = address.to_jsonld();
        let back: Address = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(back, address);
        let text = serde_json::to_string(&doc).unwrap();
        assert_eq!(serde_json::from_str::<Address>(&text).unwrap(), address);
        // And the plain JSON still round-trips.
        let plain = serde_json::to_string(&address).unwrap();
        assert_eq!(serde_json::from_str::<Address>(&plain).unwrap(), address);
    }
    // @id is accepted and ignored; other @-keys are not.
    let mut doc = kerkstraat().to_jsonld();
    doc["@id"] = json!("https://example.org/permit/1#address");
    assert_eq!(
        serde_json::from_value::<Address>(doc.clone()).unwrap(),
        kerkstraat()
    );
    doc["@graph"] = json!([]);
    assert!(serde_json::from_value::<Address>(doc).is_err());
}

// ---------------------------------------------------------------------------------------------
// The address register's API
// ---------------------------------------------------------------------------------------------

#[test]
fn reads_the_v2_detail_example() {
    let json = oslo("derived/adres-api-v2-detail-example.reconstructed.json");
    let address = Address::from_register_json(&json).unwrap();
    assert_eq!(
        address.register_address().map(|u| u.as_str()),
        Some("https://data.vlaanderen.be/id/adres/60")
    );
    assert_eq!(address.street(), Some("Teststraat"));
    assert_eq!(
        address.house_number().map(|n| n.to_string()),
        Some("42".to_owned())
    );
    assert_eq!(
        address.box_number().map(|n| n.to_string()),
        Some("5B".to_owned())
    );
    assert_eq!(address.postcode().map(|p| p.value()), Some(9000));
    assert_eq!(address.municipality(), Some("Gent"));
    assert_eq!(
        address.full_address(),
        Some("Teststraat 42 bus 5B, 9000 Gent")
    );
    assert_eq!(address.language(), Some(Language::Nl));
    assert_eq!(address.status(), Some(AddressStatus::InGebruik));
    assert_eq!(
        address.position(),
        Some(&Position {
            point: l72(140_252.76, 198_794.27),
            method: Some(PositionMethod::AangeduidDoorBeheerder),
            specification: Some(PositionSpecification::Gebouw),
        })
    );
    // The register's full address is what the crate writes too.
    assert_eq!(
        address.one_line(Language::Nl),
        "Teststraat 42 bus 5B, 9000 Gent"
    );
    // And the GML comes back byte for byte.
    assert!(
        json.contains(
            &address
                .position()
                .unwrap()
                .point
                .to_gml()
                .replace('"', "\\\"")
        )
    );
}

#[test]
fn reads_the_v3_envelope_example() {
    let json = oslo("adres/examples/GRAR-Adres-v3-envelop.json");
    let address = Address::from_register_json(&json).unwrap();
    assert_eq!(
        address.register_address().map(|u| u.as_str()),
        Some("https://data.vlaanderen.be/id/adres/60")
    );
    assert_eq!(address.street(), Some("Teststraat"));
    assert_eq!(
        address.house_number().map(|n| n.to_string()),
        Some("42".to_owned())
    );
    assert_eq!(
        address.box_number().map(|n| n.to_string()),
        Some("5B".to_owned())
    );
    assert_eq!(
        address.postcode().map(|p| p.as_str().to_owned()),
        Some("9000".to_owned())
    );
    assert_eq!(address.municipality(), Some("Gent"));
    assert_eq!(
        address.full_address(),
        Some("Teststraat 42 bus 5B, 9000 Gent")
    );
    assert_eq!(address.language(), Some(Language::Nl));
    assert_eq!(address.status(), Some(AddressStatus::InGebruik));
    // Of the two points, Lambert 72 is kept.
    assert_eq!(
        address.position(),
        Some(&Position {
            point: l72(140_252.76, 198_794.27),
            method: Some(PositionMethod::AangeduidDoorBeheerder),
            specification: Some(PositionSpecification::Gebouweenheid),
        })
    );
    // The same address as v2 gives, except what v3's example says differently.
    let v2 = Address::from_register_json(&oslo(
        "derived/adres-api-v2-detail-example.reconstructed.json",
    ))
    .unwrap();
    assert_eq!(address.to_string(), v2.to_string());
}

#[test]
fn reads_the_v3_list_example() {
    let json = oslo("adres/examples/GRAR-Adressen-v3-list.json");
    let addresses = Address::from_register_list_json(&json).unwrap();
    assert_eq!(addresses.len(), 2);
    let [first, second] = &addresses[..] else {
        unreachable!()
    };
    assert_eq!(
        first.register_address().map(|u| u.as_str()),
        Some("https://data.vlaanderen.be/id/adres/10521")
    );
    assert_eq!(first.house_number().map(|n| n.number()), Some(70));
    assert_eq!(first.box_number(), None);
    assert_eq!(first.status(), Some(AddressStatus::Voorgesteld));
    // The example's full address is for another address; it is kept as the register gives it.
    assert_eq!(
        first.full_address(),
        Some("Teststraat 42 bus 5B, 9000 Gent")
    );
    assert_eq!(
        second.register_address().map(|u| u.as_str()),
        Some("https://data.vlaanderen.be/id/adres/14874")
    );
    assert_eq!(
        second.box_number().map(|b| b.to_string()),
        Some("30".to_owned())
    );
    assert_eq!(
        second.full_address(),
        Some("Boudewijnlaan 30 bus 30, 1000 Brussel")
    );
    assert_eq!(second.status(), Some(AddressStatus::InGebruik));
    assert_eq!(second.language(), Some(Language::Nl));
    assert!(second.position().is_none());
    // A list is not one address, and one address is not a list.
    assert_eq!(
        Address::from_register_json(&json),
        Err(AddressError::RegisterJson)
    );
    let one = oslo("adres/examples/GRAR-Adres-v3-envelop.json");
    assert_eq!(
        Address::from_register_list_json(&one),
        Err(AddressError::RegisterJson)
    );
}

#[test]
fn register_json_variants_and_errors() {
    let v2 = oslo("derived/adres-api-v2-detail-example.reconstructed.json");
    let mut value: Value = serde_json::from_str(&v2).unwrap();
    // A v2 list.
    let list = json!({"adressen": [value.clone()], "volgende": "https://api.basisregisters.vlaanderen.be/v2/adressen?offset=1"});
    let addresses = Address::from_register_list_json(&list.to_string()).unwrap();
    assert_eq!(addresses, vec![Address::from_register_json(&v2).unwrap()]);
    // French names.
    value["straatnaam"]["straatnaam"]["geografischeNaam"] =
        json!({"spelling": "Rue Haute", "taal": "fr"});
    value["gemeente"]["gemeentenaam"]["geografischeNaam"] =
        json!({"spelling": "Bruxelles", "taal": "fr"});
    value["volledigAdres"]["geografischeNaam"] =
        json!({"spelling": "Rue Haute 42 bte 5B, 1000 Bruxelles", "taal": "fr"});
    value["postinfo"]["objectId"] = json!("1000");
    let french = Address::from_register_json(&value.to_string()).unwrap();
    assert_eq!(french.language(), Some(Language::Fr));
    assert_eq!(french.to_string(), "Rue Haute 42 bte 5B, 1000 Bruxelles");

    let errors = [
        ("not json", AddressError::RegisterJson),
        ("[]", AddressError::RegisterJson),
        ("{}", AddressError::RegisterJson),
        (
            r#"{"@type": "Straatnaam", "straatnaam": {}}"#,
            AddressError::RegisterJson,
        ),
    ];
    for (json, error) in errors {
        assert_eq!(Address::from_register_json(json), Err(error), "{json}");
    }
    let mutate = |f: &dyn Fn(&mut Value)| {
        let mut value: Value = serde_json::from_str(&v2).unwrap();
        f(&mut value);
        Address::from_register_json(&value.to_string())
    };
    assert_eq!(
        mutate(&|v| v["identificator"]["objectId"] = json!("60/../61")),
        Err(AddressError::RegisterJson)
    );
    assert_eq!(
        mutate(&|v| v["identificator"]["id"] = json!("https://data.vlaanderen.be/id/adres/61")),
        Err(AddressError::RegisterJson)
    );
    assert_eq!(
        mutate(&|v| v["adresPositie"]["geometrie"]["gml"] = json!("<gml:Point/>")),
        Err(AddressError::RegisterPosition)
    );
    assert_eq!(
        mutate(&|v| v["adresStatus"] = json!("onbekend")),
        Err(AddressError::Code)
    );
    assert_eq!(
        mutate(&|v| v["huisnummer"] = json!("A12")),
        Err(AddressError::HouseNumber)
    );
    // A numeric object id is read too.
    let numeric = mutate(&|v| v["identificator"]["objectId"] = json!(60)).unwrap();
    assert_eq!(
        numeric.register_address().map(|u| u.as_str()),
        Some("https://data.vlaanderen.be/id/adres/60")
    );
}

#[test]
fn register_addresses_become_jsonld_that_round_trips() {
    for file in [
        "derived/adres-api-v2-detail-example.reconstructed.json",
        "adres/examples/GRAR-Adres-v3-envelop.json",
    ] {
        let address = Address::from_register_json(&oslo(file)).unwrap();
        let doc = address.to_jsonld();
        assert_eq!(
            doc["verwijstNaar"],
            "https://data.vlaanderen.be/id/adres/60"
        );
        assert_eq!(doc["adresStatus"], "inGebruik");
        assert_eq!(doc["positie"]["geometrie"]["gml"], REGISTER_GML_72);
        assert_eq!(serde_json::from_value::<Address>(doc).unwrap(), address);
    }
}
