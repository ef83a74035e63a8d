//! A tour of what bouwstenen does: `cargo run --example quickstart`.
//!
//! Each identifier is parsed from the way people write it, stored in its compact form and shown
//! in its official form; invalid input gives an error with a stable code to translate.

use bouwstenen::Language;
use bouwstenen::address::{Address, Municipality, Point, Wgs84};
use bouwstenen::consent::{
    Actor, Channel, ConsentEvent, ConsentRecord, ConsentType, EventKind, Key, Method, Timestamp,
    Validity,
};
use bouwstenen::decision::{BuildOptions, DocumentKind, RenderOptions, Zitting};
use bouwstenen::payment::{EpcOptions, PaymentRequest, Remittance};
use bouwstenen::schema::{self, Dialect};
use bouwstenen::{
    Amount, Bic, CreditorReference, EidCardNumber, EnterpriseNumber, ErrorCode,
    EstablishmentUnitNumber, Iban, Identifier, Insz, NisCode, OvoCode, ParseOptions,
    StructuredCommunication, VatNumber,
};
use chrono::NaiveDate;

fn show<T: Identifier>(label: &str, input: &str, options: &ParseOptions) {
    match T::parse_with(input, options) {
        Ok(value) => println!(
            "  {label:<26} {input:<24} -> stored {:<18} shown {value}",
            value.as_str()
        ),
        Err(err) => println!(
            "  {label:<26} {input:<24} -> rejected: {} ({err})",
            err.code()
        ),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).ok_or("bad date")?;
    let strict = ParseOptions::strict().with_today(today);
    let lenient = ParseOptions::lenient().with_today(today);

    println!("Belgian identifiers, parsed the way people write them:");
    show::<Insz>("INSZ (national number)", "85 07 30 033 28", &strict);
    show::<Insz>("INSZ (BIS number)", "00.40.01-001.84", &strict);
    show::<EnterpriseNumber>("enterprise number", "BE 0403-019-261", &strict);
    show::<EstablishmentUnitNumber>("establishment unit", "2 147 812 701", &strict);
    show::<VatNumber>("VAT number", "be0403019261", &strict);
    show::<StructuredCommunication>("structured communication", "***010/8068/17183***", &strict);
    show::<CreditorReference>("creditor reference", "rf71 2348 231", &strict);
    show::<Iban>("IBAN", "BE68-5390-0754-7034", &strict);
    show::<Bic>("BIC", "geba be bb", &strict);
    show::<EidCardNumber>("eID card number", "591-1917064-58", &strict);
    show::<NisCode>("NIS code", "44021", &strict);
    show::<OvoCode>("OVO code", "ovo002949", &strict);

    println!("\nWhat the national number tells (derivations, not facts):");
    let insz = Insz::parse_at("85.07.30-033.28", today)?;
    println!(
        "  kind {:?}, born {:?}, sex at issuance {:?}",
        insz.kind(),
        insz.birth_date(),
        insz.sex_at_issuance()
    );
    println!("  Debug output hides it: {insz:?}");

    println!("\nMistakes are caught, with a code you can translate:");
    show::<Insz>("INSZ, one digit off", "85.07.30-033.29", &strict);
    show::<Insz>("INSZ, 29 February 1981", "81.02.29-035.34", &strict);
    show::<Insz>("INSZ, born next month", "26.12.31-001.19", &strict);
    show::<StructuredCommunication>("OGM, half delimited", "+++123/4567/89002", &strict);
    show::<Iban>("IBAN, bad account check", "BE41 0918 1173 5141", &strict);
    show::<Bic>("BIC, digit in bank code", "GEB1BEBB", &strict);

    println!("\nLegacy data: strict by default, lenient on request (as python-stdnum 2.2):");
    show::<EnterpriseNumber>("9-digit number, strict", "403.019.261", &strict);
    show::<EnterpriseNumber>("9-digit number, lenient", "403.019.261", &lenient);
    show::<VatNumber>("VAT without BE, lenient", "0403019261", &lenient);

    println!("\nMaking payment references:");
    let ogm = StructuredCommunication::from_base(2_026_000_123)?;
    let rf = CreditorReference::from_reference("INVOICE2026123")?;
    println!("  invoice 2026000123 -> {ogm}, or internationally {rf}");

    println!("\nJSON, through the compact form:");
    let kbo: EnterpriseNumber = "0403.019.261".parse()?;
    println!(
        "  {}",
        serde_json::to_string(
            &serde_json::json!({ "enterprise": kbo, "vat": kbo.to_vat_number() })
        )?
    );

    println!("\nA payment request, as the EPC QR code Belgian bank apps scan:");
    let request = PaymentRequest::builder("Stad Gent", "BE68 5390 0754 7034".parse::<Iban>()?)
        .creditor_bic("GKCCBEBB".parse()?)
        .amount("125.50".parse::<Amount>()?)
        .purpose("TAXS".parse()?)
        .remittance(Remittance::StructuredCommunication(ogm))
        .due_date(NaiveDate::from_ymd_opt(2026, 12, 31).ok_or("bad date")?)
        .build()?;
    let payload = request.to_epc(&EpcOptions::default())?;
    println!(
        "  payload ({} bytes): {:?}",
        payload.as_bytes().len(),
        String::from_utf8_lossy(payload.as_bytes())
    );
    let qr = payload.to_qr()?;
    let path = std::env::temp_dir().join("bouwstenen-quickstart-qr.svg");
    std::fs::write(&path, qr.to_svg())?;
    println!(
        "  QR code version {} at level M written to {}",
        qr.version(),
        path.display()
    );
    println!(
        "  print next to it:\n    {}",
        request.summary().to_string().replace('\n', "\n    ")
    );
    println!("  or share it as {}", request.to_payto_uri());

    println!("\nAddresses, parsed the way people type them and checked against the 2025 register:");
    for input in [
        "kerkstraat 12bus3 , B-9052 Zwijnaarde",
        "Rue Haute 130/2\n1000 Bruxelles",
        "12, rue de la Station, 1300 Wavre",
        "Bredabaan 12-14, 2930 Brasschaat",
        "Meir 78, 9000 Antwerpen",
    ] {
        let address = Address::parse(input)?;
        let validation = address.validate();
        let municipality = validation
            .municipality()
            .and_then(|m| m.name(Language::Nl))
            .unwrap_or("?");
        println!("  {:<40} -> {address}", format!("{input:?}"));
        println!(
            "  {:<40}    municipality {} ({municipality}), {}",
            "",
            validation
                .nis_code()
                .map_or("unknown".to_owned(), |c| c.to_string()),
            if validation.findings().is_empty() {
                "no findings".to_owned()
            } else {
                validation
                    .findings()
                    .iter()
                    .map(|f| format!("{} {} ({f})", f.severity().as_str(), f.code()))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        );
    }
    let address = Address::parse("Kerkstraat 12 bus 3, 9000 Gent")?;
    println!(
        "  the same address in French: {}",
        address.one_line(Language::Fr)
    );
    println!(
        "  in German:                  {}",
        address.one_line(Language::De)
    );
    println!(
        "  as a bpost label:\n    {}",
        address.postal_label(Language::Nl).replace('\n', "\n    ")
    );
    println!("  as OSLO JSON: {}", serde_json::to_string(&address)?);
    let gent = Municipality::find("Gand")[0];
    println!(
        "  Gand is {} ({}), {}, postcodes {}",
        gent.name(Language::Nl).unwrap_or("?"),
        gent.code(),
        gent.province()
            .and_then(|p| p.name(Language::Nl))
            .unwrap_or("?"),
        gent.postcodes()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    );

    println!("\nPositions, converted as PROJ does (EPSG:15929 between WGS 84 and Lambert 72):");
    let belfort = Wgs84::new(3.7249, 51.0536)?;
    let l72 = belfort.to_lambert72();
    let l08 = belfort.to_lambert2008();
    println!("  WGS 84 {:.4} {:.4}", belfort.lat(), belfort.lon());
    println!("  Lambert 72   (EPSG:31370) {:.2} {:.2}", l72.x(), l72.y());
    println!("  Lambert 2008 (EPSG:3812)  {:.2} {:.2}", l08.x(), l08.y());
    println!("  as the register writes it: {}", Point::from(l72).to_gml());

    println!("\nA council meeting published for LBLOD (Besluit publicatie 2025-12-11):");
    let zitting = Zitting::example();
    let valid = zitting.to_builder().build(&BuildOptions::default()).is_ok();
    println!("  the example session is valid: {valid}");
    let jsonld = zitting.to_jsonld(DocumentKind::Besluitenlijst, &RenderOptions::default())?;
    println!(
        "  besluitenlijst as JSON-LD: {} nodes, {} bytes",
        jsonld["@graph"].as_array().map_or(0, Vec::len),
        serde_json::to_string(&jsonld)?.len()
    );
    let html = zitting.to_rdfa(DocumentKind::Besluitenlijst, &RenderOptions::default())?;
    let path = std::env::temp_dir().join("bouwstenen-quickstart-besluitenlijst.html");
    std::fs::write(&path, &html)?;
    println!(
        "  and as an HTML page with RDFa ({} bytes) written to {}",
        html.len(),
        path.display()
    );
    let broken = zitting
        .to_builder()
        .einde("2025-01-13T19:00:00+01:00".parse()?)
        .build(&BuildOptions::default());
    if let Err(violations) = broken {
        for v in violations.iter() {
            println!(
                "  a session that ends before it starts: {} at {}",
                v.code(),
                v.path()
            );
        }
    }

    println!("\nConsent, provable and tamper-evident (ISO/IEC TS 27560 with DPV terms):");
    // The municipality, its notice about a newsletter, and a citizen (by pseudonym).
    let example = ConsentRecord::example();
    let notice = &example.notices()[0];
    let mut record = ConsentRecord::new(
        example.header().clone(),
        example.parties().to_vec(),
        vec![notice.clone()],
    )?;
    let newsletter: Key = "nieuwsbrief-wegenwerken".parse()?;
    let given = ConsentEvent::new(
        EventKind::Given,
        "urn:uuid:a0000000-0000-4000-8000-000000000002".parse()?,
        "2026-02-10T09:15:41.007Z".parse()?,
        Actor::subject(),
    )
    .with_purposes([newsletter.clone()])
    .with_notice(notice)
    .with_consent(ConsentType::Expressed, Validity::Temporal("P2Y".parse()?))
    .with_channel(Channel::Web, Method::CheckboxAndSubmit);
    record.append(given)?;
    let withdrawn = ConsentEvent::new(
        EventKind::Withdrawn,
        "urn:uuid:a0000000-0000-4000-8000-000000000005".parse()?,
        "2026-06-01T18:02:11.500Z".parse()?,
        Actor::subject(),
    )
    .with_purposes([newsletter.clone()])
    .with_channel(Channel::Email, Method::UnsubscribeLink);
    record.append(withdrawn)?;
    println!("  the citizen ticks the box on 2026-02-10 and unsubscribes on 2026-06-01");
    for at in ["2026-03-01T00:00:00Z", "2026-06-02T00:00:00Z"] {
        let state = record.state_at(&newsletter, &at.parse::<Timestamp>()?)?;
        println!(
            "  on {at}: {} since {}, may be processed: {}",
            state.status,
            state.since.as_ref().map_or("-", Timestamp::as_str),
            state.valid_for_processing
        );
    }
    if let Some(head) = record.verify()? {
        println!(
            "  the record verifies: {} events, head {} {}",
            record.events().len(),
            head.seq,
            head.hash
        );
    }
    let mut edited = serde_json::to_value(&record)?;
    edited["events"][0]["occurredAt"] = "2026-02-09T09:15:41.007Z".into();
    if let Err(err) = ConsentRecord::from_value(edited) {
        println!(
            "  an edited date is caught: {} at {}",
            err.code(),
            err.location
        );
    }

    let names: Vec<String> = schema::all(Dialect::Draft2020_12)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    println!(
        "\nJSON Schemas for tenders ({}): {}",
        names.len(),
        names.join(", ")
    );
    Ok(())
}
