//! A tour of what bouwstenen does so far: `cargo run --example quickstart`.
//!
//! Each identifier is parsed from the way people write it, stored in its compact form and shown
//! in its official form; invalid input gives an error with a stable code to translate.

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
