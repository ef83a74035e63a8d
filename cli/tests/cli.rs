//! The command line contract, tested on the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bouwstenen(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bouwstenen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn check_values_prints_one_json_object_per_value_in_order() {
    let out = bouwstenen(
        &[
            "check",
            "insz",
            "--today",
            "2026-11-29",
            "85.07.30-033.28",
            "x",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        concat!(
            r#"{"input":"85.07.30-033.28","valid":true,"normalized":"85073003328","formatted":"85.07.30-033.28"}"#,
            "\n",
            r#"{"input":"x","valid":false,"error":{"code":"insz.length","message":"expected 11 digits, found 1"}}"#,
            "\n"
        )
    );
}

#[test]
fn all_valid_exits_zero() {
    let out = bouwstenen(
        &["check", "enterprise", "0403.019.261", "BE 1001.686.633"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["normalized"], "0403019261");
    assert_eq!(lines[1]["formatted"], "1001.686.633");
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(
        bouwstenen(&["check", "passport", "1"], None).status.code(),
        Some(2)
    );
    assert_eq!(bouwstenen(&["check"], None).status.code(), Some(2));
    assert_eq!(
        bouwstenen(&["check", "insz", "--today", "yesterday", "1"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(bouwstenen(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn stdin_lines_keep_their_whitespace_and_lose_only_the_line_ending() {
    let input = b"85073003328\r\n  0403019261\t\n\nBE0403019261";
    let out = bouwstenen(&["check", "rrn"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["input"], "85073003328");
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[1]["input"], "  0403019261\t");
    assert_eq!(lines[1]["error"]["code"], "insz.length");
    assert_eq!(lines[2]["input"], "");
    assert_eq!(lines[2]["error"]["code"], "insz.empty");
    assert_eq!(lines[3]["input"], "BE0403019261");
}

#[test]
fn rrn_and_bis_accept_only_their_kind_and_insz_both() {
    let numbers = b"85073003328\n00400100184\n";
    let kinds = |kind: &str| -> Vec<Value> {
        json_lines(&bouwstenen(&["check", kind], Some(numbers)))
            .into_iter()
            .map(|l| l["valid"].clone())
            .collect()
    };
    assert_eq!(kinds("rrn"), [true, false]);
    assert_eq!(kinds("bis"), [false, true]);
    assert_eq!(kinds("insz"), [true, true]);
    let bis = json_lines(&bouwstenen(&["check", "rrn"], Some(numbers)));
    assert_eq!(bis[1]["error"]["code"], "insz.not_rrn");
}

#[test]
fn lenient_accepts_legacy_forms() {
    let strict = bouwstenen(&["check", "vat", "0403019261"], None);
    assert_eq!(strict.status.code(), Some(1));
    let lenient = bouwstenen(&["check", "vat", "--lenient", "0403019261"], None);
    assert_eq!(lenient.status.code(), Some(0));
    assert_eq!(json_lines(&lenient)[0]["normalized"], "BE0403019261");
}

#[test]
fn invalid_utf8_is_an_invalid_value_not_a_crash() {
    let out = bouwstenen(&["check", "ogm"], Some(b"\xff\xfe\n010806817183\n"));
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["error"]["code"], "ogm.character");
    assert_eq!(lines[1]["valid"], true);
}

#[test]
fn every_kind_is_accepted() {
    for (kind, value) in [
        ("insz", "85073003328"),
        ("rrn", "85073003328"),
        ("bis", "00400100184"),
        ("enterprise", "0403019261"),
        ("establishment", "2147812701"),
        ("vat", "BE0403019261"),
        ("ogm", "+++010/8068/17183+++"),
        ("rf", "RF712348231"),
        ("iban", "BE68539007547034"),
        ("bic", "GEBABEBB"),
        ("eid", "591-1917064-58"),
        ("nis", "44021"),
        ("ovo", "OVO002949"),
    ] {
        let out = bouwstenen(&["check", kind, value], None);
        assert_eq!(out.status.code(), Some(0), "{kind} {value}");
    }
}

#[test]
fn streams_many_lines_in_order() {
    let mut input = Vec::new();
    for i in 0..100_000u64 {
        writeln!(
            input,
            "{:010}{:02}",
            i,
            match i % 97 {
                0 => 97,
                r => r,
            }
        )
        .unwrap();
    }
    let out = bouwstenen(&["check", "ogm"], Some(&input));
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut count = 0;
    for (i, line) in text.lines().enumerate() {
        let expected = format!("{:010}", i);
        assert!(
            line.contains(&format!("\"normalized\":\"{expected}")),
            "{line}"
        );
        count += 1;
    }
    assert_eq!(count, 100_000);
}

#[test]
fn schema_check_agrees_with_the_committed_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas");
    let out = bouwstenen(&["schema", "--out", dir, "--check"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let tmp = std::env::temp_dir().join(format!("bouwstenen-schema-{}", std::process::id()));
    let out = bouwstenen(&["schema", "--out", tmp.to_str().unwrap(), "--check"], None);
    assert_eq!(out.status.code(), Some(1));
    let out = bouwstenen(&["schema", "--out", tmp.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(tmp.join("draft-07/Insz.json")).unwrap();
    let committed = std::fs::read_to_string(format!("{dir}/draft-07/Insz.json")).unwrap();
    assert_eq!(written, committed);
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn schema_prints_one_schema_or_the_list() {
    let out = bouwstenen(&["schema", "OvoCode", "--dialect", "draft-07"], None);
    assert_eq!(out.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let list = String::from_utf8(bouwstenen(&["schema"], None).stdout).unwrap();
    assert!(list.lines().any(|l| l == "Insz"));
    assert_eq!(bouwstenen(&["schema", "Nope"], None).status.code(), Some(2));
}

#[test]
fn overlong_lines_are_reported_without_being_read_whole() {
    let mut input = vec![b'1'; 200_000];
    input.extend_from_slice(b"\n85073003328\n");
    let out = bouwstenen(&["check", "insz"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["error"]["code"], "input.too_long");
    assert_eq!(
        lines[0]["input"].as_str().unwrap().len(),
        bouwstenen_cli::MAX_LINE_BYTES
    );
    assert_eq!(lines[1]["valid"], true);
}

#[test]
fn epc_prints_the_payload_and_parses_it_back() {
    let out = bouwstenen(
        &[
            "epc",
            "--name",
            "Stad Gent",
            "--iban",
            "BE68 5390 0754 7034",
            "--amount",
            "125.5",
            "--ogm",
            "+++010/8068/17183+++",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        out.stdout,
        b"BCD\n002\n1\nSCT\n\nStad Gent\nBE68539007547034\nEUR125.50\n\n010806817183"
    );
    let parsed = bouwstenen(&["epc", "--parse"], Some(&out.stdout));
    assert_eq!(parsed.status.code(), Some(0));
    let request: Value = serde_json::from_slice(&parsed.stdout).unwrap();
    assert_eq!(
        request["remittance"]["structuredCommunication"],
        "010806817183"
    );
    assert_eq!(request["amount"], "125.50");
}

#[test]
fn epc_reports_invalid_input_as_json_with_exit_status_1() {
    let parsed = bouwstenen(
        &["epc", "--parse"],
        Some(b"BCD\n002\n1\nSCT\n\nStad Gent\nBE68539007547035"),
    );
    assert_eq!(parsed.status.code(), Some(1));
    let error: Value = serde_json::from_slice(&parsed.stdout).unwrap();
    assert_eq!(error["code"], "payment.iban");
    let built = bouwstenen(
        &[
            "epc",
            "--name",
            &"N".repeat(71),
            "--iban",
            "BE68539007547034",
        ],
        None,
    );
    assert_eq!(built.status.code(), Some(1));
    let error: Value = serde_json::from_slice(&built.stderr).unwrap();
    assert_eq!(error["code"], "payment.length");
    // Two remittances are a usage error.
    let both = bouwstenen(
        &[
            "epc",
            "--name",
            "X",
            "--iban",
            "BE68539007547034",
            "--ogm",
            "010806817183",
            "--text",
            "x",
        ],
        None,
    );
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn epc_writes_svg_and_png_files() {
    let dir = std::env::temp_dir().join(format!("bouwstenen-epc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (svg, png) = (dir.join("qr.svg"), dir.join("qr.png"));
    let out = bouwstenen(
        &[
            "epc",
            "--name",
            "Stad Gent",
            "--iban",
            "BE68539007547034",
            "--svg",
            svg.to_str().unwrap(),
            "--png",
            png.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
    assert!(
        std::fs::read(&png)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The PROJ 9.1.1 results in the Lambert vectors: (id, lon, lat, x72, y72, x08, y08).
fn lambert_vectors() -> Vec<(String, f64, f64, f64, f64, f64, f64)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/addr/lambert_vectors.tsv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = rows.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (id, lon, lat, x72, y72, x08, y08) = (
        col("id"),
        col("lon"),
        col("lat"),
        col("x72"),
        col("y72"),
        col("x08"),
        col("y08"),
    );
    rows.map(|row| {
        let f: Vec<&str> = row.split('\t').collect();
        let n = |i: usize| f[i].parse::<f64>().unwrap();
        (
            f[id].to_owned(),
            n(lon),
            n(lat),
            n(x72),
            n(y72),
            n(x08),
            n(y08),
        )
    })
    .collect()
}

/// Runs `bouwstenen coord` and returns the converted pairs and the text after them.
fn coord(from: &str, to: &str, input: &str) -> (Option<i32>, Vec<(f64, f64, String)>) {
    let out = bouwstenen(
        &["coord", "--from", from, "--to", to],
        Some(input.as_bytes()),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let pairs = text
        .lines()
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let a = f.next().unwrap_or_default().parse().unwrap_or(f64::NAN);
            let b = f.next().unwrap_or_default().parse().unwrap_or(f64::NAN);
            (a, b, f.next().unwrap_or_default().to_owned())
        })
        .collect();
    (out.status.code(), pairs)
}

#[test]
fn coord_reproduces_proj_within_a_millimetre_on_every_vector() {
    let vectors = lambert_vectors();
    assert_eq!(vectors.len(), 105);
    // EPSG:4326 is read latitude first, as cs2cs does; the id is carried along.
    let input: String = vectors
        .iter()
        .map(|(id, lon, lat, ..)| format!("{lat} {lon} {id}\n"))
        .collect();
    for (to, pick) in [("EPSG:31370", 0), ("EPSG:3812", 1)] {
        let (status, pairs) = coord("EPSG:4326", to, &input);
        assert_eq!(status, Some(0));
        assert_eq!(pairs.len(), vectors.len());
        for ((id, _, _, x72, y72, x08, y08), (x, y, rest)) in vectors.iter().zip(&pairs) {
            let (ex, ey) = if pick == 0 { (x72, y72) } else { (x08, y08) };
            assert_eq!(rest, id);
            assert!((x - ex).hypot(y - ey) < 0.001, "{to} row {id}: {x} {y}");
        }
    }
    // And back: Lambert 72 to WGS 84 in GIS order (OGC:CRS84).
    let input: String = vectors
        .iter()
        .map(|(_, _, _, x72, y72, ..)| format!("{x72} {y72}\n"))
        .collect();
    let (status, pairs) = coord("31370", "OGC:CRS84", &input);
    assert_eq!(status, Some(0));
    for ((id, lon, lat, ..), (x, y, _)) in vectors.iter().zip(&pairs) {
        assert!((x - lon).abs() < 2e-8 && (y - lat).abs() < 2e-8, "row {id}");
    }
}

#[test]
fn coord_copies_comments_and_marks_unreadable_lines() {
    let (status, pairs) = coord(
        "EPSG:31370",
        "EPSG:3812",
        "# header\n\n148855.4227 170699.6759 a b\nnot a point\n1e400 5\n",
    );
    assert_eq!(status, Some(1));
    assert_eq!(pairs.len(), 5);
    assert!(pairs[0].0.is_nan() && pairs[1].0.is_nan());
    assert!((pairs[2].0 - 648855.0356).abs() < 0.25, "{:?}", pairs[2]);
    assert_eq!(pairs[2].2, "a b");
    assert!(pairs[3].0.is_nan() && pairs[3].2 == "not a point");
    assert!(pairs[4].0.is_nan());
    let out = bouwstenen(&["coord", "--from", "EPSG:2154", "--to", "EPSG:3812"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn coord_reads_runs_of_whitespace_like_cs2cs() {
    let (status, pairs) = coord(
        "EPSG:31370",
        "EPSG:31370",
        "150000  170000\n150000\t 170000\n  150000 \t170000 \t id 7 \n150000\t170000\t\n",
    );
    assert_eq!(status, Some(0));
    assert_eq!(pairs.len(), 4);
    for (i, (x, y, rest)) in pairs.iter().enumerate() {
        assert_eq!((*x, *y), (150_000.0, 170_000.0), "line {i}");
        assert_eq!(rest, if i == 2 { "id 7" } else { "" }, "line {i}");
    }
    let out = bouwstenen(
        &["coord", "--from", "EPSG:31370", "--to", "EPSG:3812"],
        Some(b"150000   170000   a\n"),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.ends_with("\ta\n") && !text.contains('*'), "{text:?}");
}

#[test]
fn coord_never_prints_negative_zero() {
    let out = bouwstenen(
        &["coord", "--from", "OGC:CRS84", "--to", "EPSG:4326"],
        Some(b"-0.0000000001 -0.0000000004\n-0 50\n"),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        "0.000000000\t0.000000000\n50.000000000\t0.000000000\n"
    );
    let out = bouwstenen(
        &["coord", "--from", "EPSG:31370", "--to", "EPSG:31370"],
        Some(b"-0.0001 5\n"),
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "0.000\t5.000\n");
}

#[test]
fn coord_reads_every_crs_spelling_the_library_reads() {
    for crs in [
        "EPSG:31370",
        "epsg:31370",
        "31370",
        "urn:ogc:def:crs:EPSG::31370",
        "http://www.opengis.net/def/crs/EPSG/0/31370",
        "https://www.opengis.net/def/crs/EPSG/0/31370",
    ] {
        let out = bouwstenen(
            &["coord", "--from", crs, "--to", "OGC:CRS84"],
            Some(b"150000 170000\n"),
        );
        assert_eq!(out.status.code(), Some(0), "{crs}");
    }
    for crs in [
        "OGC:CRS84",
        "CRS84",
        "CRS:84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
    ] {
        let out = bouwstenen(
            &["coord", "--from", "EPSG:4326", "--to", crs],
            Some(b"50.8 4.35\n"),
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            "4.350000000\t50.800000000\n",
            "{crs}"
        );
    }
}

#[test]
fn address_parse_prints_the_oslo_address_the_refnis_code_and_the_findings() {
    let out = bouwstenen(
        &[
            "address",
            "parse",
            "Kerkstraat 12bus3, 9000 Gent",
            "Meir 78, 9000 Antwerpen",
            "Rue Haute 130/2\n1000 Bruxelles",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        serde_json::json!({
            "input": "Kerkstraat 12bus3, 9000 Gent",
            "valid": true,
            "address": {"straatnaam": "Kerkstraat", "huisnummer": "12", "busnummer": "3",
                        "postcode": "9000", "gemeentenaam": "Gent", "taal": "nl"},
            "nisCode": "44021",
            "findings": []
        })
    );
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(lines[1]["nisCode"], "11002");
    assert_eq!(
        lines[1]["findings"][0]["code"],
        "address.postcode_municipality"
    );
    assert_eq!(lines[1]["findings"][0]["severity"], "error");
    assert_eq!(lines[2]["address"]["busnummer"], "2");
    assert_eq!(lines[2]["nisCode"], "21004");
}

#[test]
fn address_parse_reads_standard_input_and_reports_unparsable_lines() {
    let out = bouwstenen(
        &["address", "parse"],
        Some(b"Grote Markt 1, 8900 Ieper\n\n12345\nBredabaan 12-14, 2930 Brasschaat\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3, "the empty line is skipped");
    assert_eq!(lines[0]["nisCode"], "33011");
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(lines[1]["address"], Value::Null);
    assert_eq!(lines[1]["findings"][0]["severity"], "error");
    // A range is a valid bpost address, but not a form the Flemish register accepts.
    assert_eq!(lines[2]["valid"], true);
    assert_eq!(lines[2]["findings"][0]["code"], "address.house_number_form");
    assert_eq!(lines[2]["findings"][0]["severity"], "warning");
}

#[test]
fn address_format_writes_the_register_line_and_the_postal_label() {
    let parsed = bouwstenen(
        &["address", "parse", "Kerkstraat 12 bus 3, 9000 Gent"],
        None,
    );
    assert_eq!(parsed.status.code(), Some(0));
    for (lang, expected) in [
        ("nl", "Kerkstraat 12 bus 3, 9000 Gent\n"),
        ("fr", "Kerkstraat 12 bte 3, 9000 Gent\n"),
        ("de", "Kerkstraat 12 pf 3, 9000 Gent\n"),
    ] {
        let out = bouwstenen(&["address", "format", "--lang", lang], Some(&parsed.stdout));
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    }
    let input = br#"{"postbus":"123","postcode":"9000","gemeentenaam":"Gent"}
{"straatnaam":"Meir"}
not json
"#;
    let out = bouwstenen(&["address", "format", "--style", "label"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Postbus 123\n9000 Gent\n\n"
    );
    let errors: Vec<Value> = String::from_utf8(out.stderr)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(errors[0]["code"], "address.json");
    assert_eq!(errors[1]["code"], "input.json");
}

fn council_session() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/decision/gemeenteraad.json"
    ))
    .unwrap()
}

#[test]
fn decision_validate_reports_every_violation_as_json() {
    let base = "https://data.voorbeeldgem.be/id/";
    let session = council_session();
    let ok = bouwstenen(&["decision", "validate", "--base", base], Some(&session));
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(
        json_lines(&ok),
        [serde_json::json!({"valid": true, "violations": []})]
    );

    // The session ends before it starts, and a vote lists a voter twice.
    let mut value: Value = serde_json::from_slice(&session).unwrap();
    value["einde"] = Value::from("2025-01-13T19:00:00+01:00");
    let broken = serde_json::to_vec(&value).unwrap();
    let out = bouwstenen(&["decision", "validate", "--base", base], Some(&broken));
    assert_eq!(out.status.code(), Some(1));
    let report = &json_lines(&out)[0];
    assert_eq!(report["valid"], false);
    assert_eq!(
        report["violations"][0]["code"],
        "decision.zitting.end_before_start"
    );
    assert_eq!(report["violations"][0]["path"], "/einde");

    // Not the JSON form: one decision.json violation with a place, not the text.
    let out = bouwstenen(
        &["decision", "validate"],
        Some(br#"{"id": "85073003328", "x": 1}"#),
    );
    assert_eq!(out.status.code(), Some(1));
    let report = &json_lines(&out)[0];
    assert_eq!(report["violations"][0]["code"], "decision.json");
    assert!(!report.to_string().contains("85073003328"));

    // A base IRI that is not one is a usage error.
    let out = bouwstenen(&["decision", "validate", "--base", "x"], Some(&session));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn decision_render_writes_jsonld_and_rdfa_for_each_document() {
    let base = "https://data.voorbeeldgem.be/id/";
    let session = council_session();
    for document in ["agenda", "besluitenlijst", "notulen"] {
        let out = bouwstenen(
            &[
                "decision",
                "render",
                "--format",
                "jsonld",
                "--document",
                document,
                "--base",
                base,
            ],
            Some(&session),
        );
        assert_eq!(out.status.code(), Some(0), "{document}");
        let value: Value = serde_json::from_slice(&out.stdout).unwrap();
        let graph = value["@graph"].as_array().unwrap();
        assert!(
            graph.iter().any(|n| n["@type"][0] == "besluit:Zitting"),
            "{document}"
        );
        assert_eq!(
            value["@context"]["besluit"],
            "http://data.vlaanderen.be/ns/besluit#"
        );
        let page = bouwstenen(
            &[
                "decision",
                "render",
                "--format",
                "rdfa",
                "--document",
                document,
                "--base",
                base,
            ],
            Some(&session),
        );
        assert_eq!(page.status.code(), Some(0), "{document}");
        let html = String::from_utf8(page.stdout).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(r#"typeof="besluit:Zitting""#));
        assert_eq!(html.contains("besluit:Besluit"), document != "agenda");
    }
    // The extract (uittreksel): the first by default, one treatment, its own document.
    let render = |format: &str, extra: &[&str]| {
        let mut args = vec![
            "decision",
            "render",
            "--format",
            format,
            "--document",
            "uittreksel",
            "--base",
            base,
        ];
        args.extend_from_slice(extra);
        bouwstenen(&args, Some(&session))
    };
    let out = render("jsonld", &[]);
    assert_eq!(out.status.code(), Some(0));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    let graph = value["@graph"].as_array().unwrap();
    let of_type = |t: &str| graph.iter().filter(|n| n["@type"][0] == t).count();
    assert_eq!(of_type("besluit:Zitting"), 1);
    assert_eq!(of_type("besluit:BehandelingVanAgendapunt"), 1);
    assert_eq!(of_type("besluit:Agendapunt"), 1);
    assert_eq!(
        graph[0]["besluit:heeftUittreksel"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(graph[0].get("besluit:heeftNotulen").is_none());
    assert_eq!(
        graph[1]["@type"][1],
        "https://data.vlaanderen.be/id/concept/BesluitDocumentType/9d5bfaca-bbf2-49dd-a830-769f91a6377b"
    );
    let page = render("rdfa", &["--uittreksel", "0"]);
    assert_eq!(page.status.code(), Some(0));
    let html = String::from_utf8(page.stdout).unwrap();
    assert!(html.contains("<h1>Uittreksel</h1>"));
    assert!(html.contains(r#"property="besluit:heeftUittreksel""#));
    // No second extract: nothing on standard output, the problem on standard error.
    let out = render("jsonld", &["--uittreksel", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let report: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["violations"][0]["code"], "decision.required");

    // An invalid session: nothing on standard output, the report on standard error.
    let out = bouwstenen(
        &[
            "decision",
            "render",
            "--format",
            "rdfa",
            "--document",
            "notulen",
        ],
        Some(&session),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let report: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["violations"][0]["code"], "decision.iri.base");
}

/// A file of the consent note's worked examples (`../shared/data/consent/examples/`).
fn consent_shared(name: &str) -> String {
    let path = format!(
        "{}/../../shared/data/consent/examples/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A worked example as published, with its placeholder enterprise numbers (which fail the
/// mod-97 check the crate enforces) replaced by valid ones; parties are not in the hash chain.
fn consent_example(name: &str) -> String {
    consent_shared(&format!("example-record-{name}.json"))
        .replace("0999999999", "0207451227")
        .replace("0888888888", "0403019261")
}

fn consent_vectors() -> Value {
    serde_json::from_str(&consent_shared("test-vectors.json")).unwrap()
}

/// Writes `text` to a file of its own in the temporary folder and returns its path.
fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("bouwstenen-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn single_json(bytes: &[u8]) -> Value {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn consent_verify_reports_the_published_heads() {
    let vectors = consent_vectors();
    // Record A from a file, record B from standard input.
    let a = consent_example("A");
    let path = temp_file("consent-A.json", &a);
    let out_a = bouwstenen(&["consent", "verify", path.to_str().unwrap()], None);
    std::fs::remove_file(&path).unwrap();
    let out_b = bouwstenen(
        &["consent", "verify", "-"],
        Some(consent_example("B").as_bytes()),
    );
    for (name, out) in [("A", out_a), ("B", out_b)] {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let published: Value = serde_json::from_str(&consent_example(name)).unwrap();
        let report = single_json(&out.stdout);
        assert_eq!(
            report,
            serde_json::json!({
                "valid": true,
                "recordId": published["header"]["recordId"],
                "events": vectors[name]["eventHashes"].as_array().unwrap().len(),
                "head": vectors[name]["head"],
            }),
            "{name}"
        );
    }
    // Without FILE, standard input is read.
    let out = bouwstenen(&["consent", "verify"], Some(a.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(single_json(&out.stdout)["head"], vectors["A"]["head"]);
}

#[test]
fn consent_verify_reports_the_first_broken_event_and_the_last_good_head() {
    let vectors = consent_vectors();
    let mut record: Value = serde_json::from_str(&consent_example("A")).unwrap();
    assert_eq!(record["events"][2]["seq"], 2);
    record["events"][2]["recordedAt"] = Value::from("2026-02-10T09:15:41.211Z");
    let tampered = serde_json::to_vec(&record).unwrap();
    let out = bouwstenen(&["consent", "verify", "-"], Some(&tampered));
    assert_eq!(out.status.code(), Some(1));
    let report = single_json(&out.stdout);
    assert_eq!(report["valid"], false);
    assert_eq!(report["brokenAt"], serde_json::json!({"event": 2}));
    assert_eq!(report["code"], "consent.chain.hash");
    assert!(!report["reason"].as_str().unwrap().is_empty());
    assert_eq!(
        report["head"],
        serde_json::json!({"seq": 1, "hash": vectors["A"]["eventHashes"][1]})
    );

    // A head that is not the last event: every event verified.
    let mut record: Value = serde_json::from_str(&consent_example("A")).unwrap();
    record["head"]["seq"] = Value::from(4);
    let out = bouwstenen(
        &["consent", "verify"],
        Some(&serde_json::to_vec(&record).unwrap()),
    );
    assert_eq!(out.status.code(), Some(1));
    let report = single_json(&out.stdout);
    assert_eq!(report["brokenAt"], serde_json::json!({"head": true}));
    assert_eq!(report["code"], "consent.chain.head");
    assert_eq!(report["head"], vectors["A"]["head"]);

    // An edited header breaks the first link: nothing verified.
    let mut record: Value = serde_json::from_str(&consent_example("A")).unwrap();
    record["header"]["createdAt"] = Value::from("2026-02-10T09:14:03.121Z");
    let out = bouwstenen(
        &["consent", "verify"],
        Some(&serde_json::to_vec(&record).unwrap()),
    );
    assert_eq!(out.status.code(), Some(1));
    let report = single_json(&out.stdout);
    assert_eq!(report["brokenAt"], serde_json::json!({"header": true}));
    assert_eq!(report["code"], "consent.chain.prev_hash");
    assert_eq!(report["head"], Value::Null);

    // An event that is not of the format does not hide an earlier break.
    let mut record: Value = serde_json::from_str(&consent_example("A")).unwrap();
    record["events"][1]["recordedAt"] = Value::from("2026-02-10T09:15:41.211Z");
    record["events"][4]["type"] = Value::from(5);
    let out = bouwstenen(
        &["consent", "verify"],
        Some(&serde_json::to_vec(&record).unwrap()),
    );
    let report = single_json(&out.stdout);
    assert_eq!(report["brokenAt"], serde_json::json!({"event": 1}));
    assert_eq!(report["code"], "consent.chain.hash");
    assert_eq!(report["head"]["hash"], vectors["A"]["eventHashes"][0]);

    // The record as published: its placeholder enterprise number is not valid.
    let out = bouwstenen(
        &["consent", "verify"],
        Some(consent_shared("example-record-A.json").as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1));
    let report = single_json(&out.stdout);
    assert_eq!(report["brokenAt"], serde_json::json!({"party": 0}));
    assert_eq!(report["code"], "consent.party.identifier");

    // Not JSON, or not UTF-8: broken at the header; a file that cannot be read: status 2.
    for input in [&b"not json"[..], b"\xff{}"] {
        let out = bouwstenen(&["consent", "verify"], Some(input));
        assert_eq!(out.status.code(), Some(1));
        let report = single_json(&out.stdout);
        assert_eq!(report["code"], "consent.json");
        assert_eq!(report["brokenAt"], serde_json::json!({"header": true}));
        assert_eq!(report["head"], Value::Null);
    }
    let missing = std::env::temp_dir().join("bouwstenen-no-such-record.json");
    let out = bouwstenen(&["consent", "verify", missing.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("no-such-record")
    );
}

#[test]
fn consent_state_gives_the_published_states() {
    let vectors = consent_vectors();
    let published = vectors["statesA"].as_array().unwrap();
    let a = consent_example("A");
    let path = temp_file("consent-state-A.json", &a);
    let file = path.to_str().unwrap();
    let newsletter: Vec<&Value> = published
        .iter()
        .filter(|row| row["purposeId"] == "nieuwsbrief-wegenwerken")
        .collect();
    assert_eq!(newsletter.len(), 2);
    for row in newsletter {
        let at = row["at"].as_str().unwrap();
        let out = bouwstenen(
            &[
                "consent",
                "state",
                file,
                "--purpose",
                "nieuwsbrief-wegenwerken",
                "--at",
                at,
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{at}");
        let state = single_json(&out.stdout);
        for key in [
            "purposeId",
            "at",
            "dpvStatus",
            "since",
            "validForProcessing",
        ] {
            assert_eq!(state[key], row[key], "{at} {key}");
        }
    }
    // Without --purpose: every purpose, one line each, in the order of the notice.
    let out = bouwstenen(
        &["consent", "state", file, "--at", "2026-03-01T00:00:00Z"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let states = json_lines(&out);
    let at_march: Vec<&Value> = published
        .iter()
        .filter(|row| row["at"] == "2026-03-01T00:00:00Z")
        .collect();
    assert_eq!(states.len(), at_march.len());
    for (state, row) in states.iter().zip(at_march) {
        for key in ["purposeId", "dpvStatus", "since", "validForProcessing"] {
            assert_eq!(state[key], row[key], "{key}");
        }
    }
    // An instant with an offset is the same instant in UTC.
    let out = bouwstenen(
        &[
            "consent",
            "state",
            file,
            "--purpose",
            "nieuwsbrief-wegenwerken",
            "--at",
            "2026-06-02T02:00:00+02:00",
        ],
        None,
    );
    let state = single_json(&out.stdout);
    assert_eq!(state["at"], "2026-06-02T00:00:00.000Z");
    assert_eq!(state["dpvStatus"], "dpv:ConsentWithdrawn");

    // A purpose the record does not have: status 1, the error on standard error.
    let out = bouwstenen(
        &["consent", "state", file, "--purpose", "x", "--at", "now"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(single_json(&out.stderr)["code"], "consent.purpose.unknown");
    // No instant, or not one: usage errors.
    assert_eq!(
        bouwstenen(&["consent", "state", file], None).status.code(),
        Some(2)
    );
    assert_eq!(
        bouwstenen(&["consent", "state", file, "--at", "2026-03-01"], None)
            .status
            .code(),
        Some(2)
    );
    std::fs::remove_file(&path).unwrap();

    // A broken record: nothing on standard output, the verify report on standard error.
    let mut record: Value = serde_json::from_str(&a).unwrap();
    record["events"][2]["recordedAt"] = Value::from("2026-02-10T09:15:41.211Z");
    let out = bouwstenen(
        &["consent", "state", "--at", "2026-03-01T00:00:00Z"],
        Some(&serde_json::to_vec(&record).unwrap()),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let report = single_json(&out.stderr);
    assert_eq!(report["valid"], false);
    assert_eq!(report["brokenAt"], serde_json::json!({"event": 2}));
}
