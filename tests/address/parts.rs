//! The address parts (postcode, house number, box number), the builder and the text forms.

use bouwstenen::Language;
use bouwstenen::address::{
    Address, AddressError, BoxNumber, HouseNumber, HouseNumberSuffix, Postcode,
};
use proptest::prelude::*;

#[test]
fn postcodes_accept_the_written_forms_and_reject_the_rest() {
    for (input, expected) in [
        ("9000", "9000"),
        (" 9000 ", "9000"),
        ("B-9000", "9000"),
        ("b-9000", "9000"),
        ("B 9000", "9000"),
        ("BE-1000", "1000"),
        ("BE1000", "1000"),
        ("9 000", "9000"),
        ("0612", "0612"),
        ("1000", "1000"),
        ("9999", "9999"),
    ] {
        assert_eq!(
            Postcode::parse(input).map(|p| p.to_string()),
            Ok(expected.to_owned()),
            "{input:?}"
        );
    }
    for (input, err) in [
        ("", AddressError::Empty),
        ("   ", AddressError::Empty),
        ("900", AddressError::Postcode),
        ("90000", AddressError::Postcode),
        ("0999", AddressError::Postcode),
        ("0000", AddressError::Postcode),
        ("NL-9000", AddressError::Postcode),
        ("9OOO", AddressError::Postcode),
        ("９０００", AddressError::Postcode),
        ("B-", AddressError::Postcode),
    ] {
        assert_eq!(Postcode::parse(input), Err(err), "{input:?}");
    }
}

#[test]
fn house_numbers_print_one_form() {
    for (input, expected) in [
        ("12", "12"),
        ("0030", "30"),
        ("12a", "12A"),
        ("12 a", "12A"),
        (" 12 A ", "12A"),
        ("12bis", "12bis"),
        ("12 BIS", "12bis"),
        ("3Ter", "3ter"),
        ("7 quater", "7quater"),
        ("12-14", "12-14"),
        ("12 - 14", "12-14"),
        ("21-27", "21-27"),
        ("12A-12C", "12A-12C"),
        ("12-12A", "12-12A"),
        ("123456789", "123456789"),
    ] {
        assert_eq!(
            HouseNumber::parse(input).map(|n| n.to_string()),
            Ok(expected.to_owned()),
            "{input:?}"
        );
    }
    for input in [
        "0",
        "00",
        "A12",
        "12AB",
        "12-",
        "-12",
        "30-20",
        "12-12",
        "12A-12A",
        "12/14",
        "12+14",
        "12.5",
        "1234567890",
        "12 bus 3",
        "１２",
        "12é",
    ] {
        assert_eq!(
            HouseNumber::parse(input),
            Err(AddressError::HouseNumber),
            "{input:?}"
        );
    }
    assert_eq!(HouseNumber::parse(""), Err(AddressError::Empty));
}

#[test]
fn house_number_accessors_and_the_register_rule() {
    let n: HouseNumber = "15B-23".parse().unwrap();
    assert_eq!(n.number(), 15);
    assert_eq!(n.suffix(), Some(HouseNumberSuffix::Letter('B')));
    assert_eq!(n.range_end(), Some(23));
    assert!(n.is_range());
    // The register's regex: ^[1-9]([0-9]{0,8}([A-H]|[K-N]|[P]|[R-T]|[V-Z]){0,1}|[0-9]{0,9})$
    for (input, register) in [
        ("1", true),
        ("999999999", true),
        ("1234567890", false),
        ("12A", true),
        ("12H", true),
        ("12I", false),
        ("12J", false),
        ("12K", true),
        ("12O", false),
        ("12P", true),
        ("12Q", false),
        ("12U", false),
        ("12Z", true),
        ("12bis", false),
        ("12-14", false),
    ] {
        let parsed = HouseNumber::parse(input);
        match parsed {
            Ok(n) => assert_eq!(n.is_register_form(), register, "{input:?}"),
            Err(_) => assert!(!register, "{input:?}"),
        }
    }
}

#[test]
fn box_numbers_are_kept_as_written() {
    for input in [
        "3", "0201", "0070", "RDC", "A02", "1.02", "b", "12/1", "A-1", "0",
    ] {
        assert_eq!(
            BoxNumber::parse(input).map(|b| b.to_string()),
            Ok(input.to_owned())
        );
    }
    for input in [
        "bus 3",
        ".1",
        "1.",
        "/3",
        "-3",
        "3-",
        "12345678901",
        "é",
        "3#",
    ] {
        assert_eq!(
            BoxNumber::parse(input),
            Err(AddressError::BoxNumber),
            "{input:?}"
        );
    }
    // The register's rule for municipal editors.
    for (input, register) in [
        ("3", true),
        ("0201", true),
        ("1.02", true),
        ("12/1", true),
        ("0", false),
        ("A-1", false),
        ("1..2", false),
        ("1./2", false),
        ("Bus1", false),
    ] {
        assert_eq!(
            BoxNumber::parse(input).unwrap().is_register_form(),
            register,
            "{input:?}"
        );
    }
}

fn gent() -> Address {
    Address::builder()
        .street("Kerkstraat")
        .house_number("12".parse().unwrap())
        .box_number("3".parse().unwrap())
        .postcode("9000".parse().unwrap())
        .municipality("Gent")
        .build()
        .unwrap()
}

#[test]
fn one_line_forms_follow_the_register() {
    let a = gent();
    assert_eq!(a.one_line(Language::Nl), "Kerkstraat 12 bus 3, 9000 Gent");
    assert_eq!(a.one_line(Language::Fr), "Kerkstraat 12 bte 3, 9000 Gent");
    assert_eq!(a.one_line(Language::De), "Kerkstraat 12 pf 3, 9000 Gent");
    assert_eq!(a.one_line(Language::En), "Kerkstraat 12 box 3, 9000 Gent");
    assert_eq!(a.to_string(), "Kerkstraat 12 bus 3, 9000 Gent");
    let fr = a.to_builder().language(Language::Fr).build().unwrap();
    assert_eq!(fr.to_string(), "Kerkstraat 12 bte 3, 9000 Gent");
    // The register's own example (grar-common VolledigAdres).
    let aalbessen = Address::builder()
        .street("Aalbessenlaan")
        .house_number("14".parse().unwrap())
        .postcode("9032".parse().unwrap())
        .municipality("Gent")
        .build()
        .unwrap();
    assert_eq!(aalbessen.to_string(), "Aalbessenlaan 14, 9032 Gent");
}

#[test]
fn postal_labels_follow_bpost() {
    let a = gent();
    assert_eq!(
        a.postal_label(Language::Nl),
        "Kerkstraat 12 bus 3\n9000 Gent"
    );
    assert_eq!(
        a.postal_label(Language::Fr),
        "Kerkstraat 12 bte 3\n9000 Gent"
    );
    // bpost's legal list has no "pf": German labels use "box".
    assert_eq!(
        a.postal_label(Language::De),
        "Kerkstraat 12 box 3\n9000 Gent"
    );
    let po_box = Address::builder()
        .po_box("123")
        .postcode("1000".parse().unwrap())
        .municipality("Bruxelles")
        .build()
        .unwrap();
    assert_eq!(po_box.postal_label(Language::Fr), "BP 123\n1000 Bruxelles");
    assert_eq!(po_box.one_line(Language::Nl), "Postbus 123, 1000 Bruxelles");
    assert_eq!(
        po_box.one_line(Language::De),
        "Postfach 123, 1000 Bruxelles"
    );
    let abroad = Address::builder()
        .street("Dam")
        .house_number("1".parse().unwrap())
        .municipality("1012 JS Amsterdam")
        .country("Nederland")
        .build()
        .unwrap();
    assert_eq!(
        abroad.postal_label(Language::Nl),
        "Dam 1\n1012 JS Amsterdam\nNederland"
    );
    assert_eq!(
        abroad.one_line(Language::Nl),
        "Dam 1, 1012 JS Amsterdam, Nederland"
    );
    assert!(!abroad.is_belgian());
    let belgian = gent().to_builder().country("België").build().unwrap();
    assert_eq!(
        belgian.one_line(Language::Nl),
        "Kerkstraat 12 bus 3, 9000 Gent"
    );
    let only_text = Address::builder()
        .full_address("10 Downing Street, London SW1A 2AA")
        .country("United Kingdom")
        .build()
        .unwrap();
    assert_eq!(
        only_text.one_line(Language::En),
        "10 Downing Street, London SW1A 2AA"
    );
}

#[test]
fn the_builder_checks_the_address_as_a_whole() {
    let b = || Address::builder().postcode("9000".parse().unwrap());
    assert_eq!(b().build(), Err(AddressError::NoStreet));
    assert_eq!(
        Address::builder().street("Meir").build(),
        Err(AddressError::NoLocality)
    );
    assert_eq!(b().street("  ").build(), Err(AddressError::Empty));
    assert_eq!(
        b().street("Meir\u{0}").build(),
        Err(AddressError::Character)
    );
    assert_eq!(
        b().street("x".repeat(201)).build(),
        Err(AddressError::TooLong { max: 200 })
    );
    assert_eq!(
        b().po_box("12").street("Meir").build(),
        Err(AddressError::PoBoxWithStreet)
    );
    assert_eq!(
        b().street("Meir").box_number("3".parse().unwrap()).build(),
        Err(AddressError::BoxWithoutHouseNumber)
    );
    // Whitespace inside names is collapsed, outside trimmed.
    let a = b().street("  Lange   Lozanastraat ").build().unwrap();
    assert_eq!(a.street(), Some("Lange Lozanastraat"));
}

#[test]
fn json_uses_the_oslo_terms_and_reads_through_the_same_checks() {
    let a = gent();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "straatnaam": "Kerkstraat", "huisnummer": "12", "busnummer": "3",
            "postcode": "9000", "gemeentenaam": "Gent"
        })
    );
    assert_eq!(serde_json::from_value::<Address>(json).unwrap(), a);
    for bad in [
        serde_json::json!({"straatnaam": "Meir"}),
        serde_json::json!({"straatnaam": "Meir", "postcode": "90000"}),
        serde_json::json!({"straatnaam": "Meir", "postcode": "9000", "huisnummer": "0"}),
        serde_json::json!({"straatnaam": "Meir", "postcode": "9000", "street": "x"}),
    ] {
        assert!(
            serde_json::from_value::<Address>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

fn house_number() -> impl Strategy<Value = String> {
    (
        1u32..100_000,
        prop::option::of(prop_oneof![
            "[A-Z]".prop_map(|s| s),
            Just("bis".to_owned()),
            Just("ter".to_owned()),
        ]),
    )
        .prop_map(|(n, s)| format!("{n}{}", s.unwrap_or_default()))
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// parse(display(x)) == x for every part.
    #[test]
    fn parts_round_trip(number in house_number(), end in prop::option::of(100_000u32..200_000),
                        b in "[A-Za-z0-9]([A-Za-z0-9./-]{0,8}[A-Za-z0-9])?", code in 1000u16..10_000) {
        let text = match end { Some(end) => format!("{number}-{end}"), None => number };
        let n: HouseNumber = text.parse().unwrap();
        prop_assert_eq!(n.to_string().parse::<HouseNumber>().unwrap(), n);
        prop_assert_eq!(n.to_string(), text.clone());
        let boxed: BoxNumber = b.parse().unwrap();
        prop_assert_eq!(boxed.to_string().parse::<BoxNumber>().unwrap(), boxed);
        let p: Postcode = code.to_string().parse().unwrap();
        prop_assert_eq!(p.to_string().parse::<Postcode>().unwrap(), p);
        prop_assert_eq!(p.value(), code);
    }

    /// The parts never panic and never accept what their pattern rejects.
    #[test]
    fn parts_never_panic(s in "\\PC{0,40}") {
        let _ = HouseNumber::parse(&s);
        let _ = Postcode::parse(&s);
        if let Ok(b) = BoxNumber::parse(&s) {
            prop_assert!(b.as_str().len() <= 10);
        }
    }
}
