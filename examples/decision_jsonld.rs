//! Prints the JSON-LD documents (agenda, list of decisions, minutes, and the first extract
//! (uittreksel) of the sessions that have one) of several realistic sessions, one JSON line per
//! document: `{"session": …, "kind": …, "document": {…}}`.
//!
//! CI pipes the output into `tests/oslo/decision_shacl.py`, which expands every document with
//! pyld (no network) and validates it with pyshacl against the official *Besluit publicatie*
//! 2025-12-11 shapes and LBLOD's shape of the document kind (`decision-shape.ttl` for an
//! extract):
//!
//! ```sh
//! cargo run --example decision_jsonld | target/oslo-venv/bin/python tests/oslo/decision_shacl.py
//! ```

use bouwstenen::decision::{
    Agendapunt, AgendapuntType, Artikel, BehandelingVanAgendapunt, Besluit, BesluitType,
    Bestuurseenheid, BestuurseenheidClassificatie, Bestuursfunctie, Bestuursorgaan,
    BestuursorgaanClassificatie, BuildOptions, Document, DocumentKind, Mandaat, Mandataris, NodeId,
    Persoon, Rechtsgrond, RenderOptions, SessionBuilder, Stemming, Uittreksel, Werkingsgebied,
    Zitting,
};
use chrono::NaiveDate;

/// The fixture of the Rust tests: a municipal council with open and secret votes.
const GEMEENTERAAD: &str = include_str!("../tests/data/decision/gemeenteraad.json");

type Error = Box<dyn std::error::Error>;

fn base() -> Result<BuildOptions, Error> {
    Ok(BuildOptions::default().with_base("https://data.voorbeeldgem.be/id/".parse()?)?)
}

fn gemeenteraad() -> Result<Zitting, Error> {
    let builder: SessionBuilder = serde_json::from_str(GEMEENTERAAD)?;
    Ok(builder.build(&base()?).map_err(|v| v.to_string())?)
}

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| "bad date".into())
}

fn lblod(path: &str) -> Result<NodeId, Error> {
    Ok(format!("http://data.lblod.info/id/{path}").parse()?)
}

/// A college (CBS) session without location: a public item with two decisions (each with
/// articles and legal bases) and a closed item with a secret vote; an extract of the public
/// item.
fn college() -> Result<Zitting, Error> {
    let orgaan = Bestuursorgaan::new(
        lblod("bestuursorganen/cbs-voorbeeldgem-2025")?,
        "College van burgemeester en schepenen Voorbeeldgem",
        BestuursorgaanClassificatie::CollegeVanBurgemeesterEnSchepenen,
        Bestuurseenheid::new(
            lblod("bestuurseenheden/voorbeeldgem")?,
            "Voorbeeldgem",
            BestuurseenheidClassificatie::Gemeente,
            Werkingsgebied::new(lblod("werkingsgebieden/voorbeeldgem")?, "Voorbeeldgem"),
        ),
    );
    let schepen = Mandaat::new(
        lblod("mandaten/voorbeeldgem-cbs-schepen")?,
        Bestuursfunctie::Schepen,
    );
    let member =
        |key: &str, first: &str, last: &str, mandaat: &Mandaat| -> Result<Mandataris, Error> {
            Ok(Mandataris {
                mandaat: Some(mandaat.clone()),
                ..Mandataris::new(
                    lblod(&format!("mandatarissen/{key}"))?,
                    Persoon::new(lblod(&format!("personen/{key}"))?, first, last),
                )
            })
        };
    let burgemeester = Mandaat::new(
        lblod("mandaten/voorbeeldgem-burgemeester")?,
        Bestuursfunctie::Burgemeester,
    );
    let an = member("cbs-an", "An", "Peeters", &burgemeester)?;
    let bart = member("cbs-bart", "Bart", "Janssens", &schepen)?;
    let chloe = member("cbs-chloe", "Chloé", "Maes", &schepen)?;
    let dirk = member("cbs-dirk", "Dirk", "Willems", &schepen)?;
    let secretaris = Mandataris::functionaris(
        lblod("mandatarissen/cbs-frank")?,
        Persoon::new(lblod("personen/cbs-frank")?, "Frank", "Wouters"),
    );
    let all: Vec<NodeId> = [&an, &bart, &chloe, &dirk]
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let decreet = Rechtsgrond::new(
        "https://codex.vlaanderen.be/doc/document/1029017".parse()?,
        "Decreet over het lokaal bestuur van 22 december 2017",
        "artikel 56",
    );
    let omgeving = Rechtsgrond::new(
        "https://codex.vlaanderen.be/doc/document/1024522".parse()?,
        "Decreet van 25 april 2014 betreffende de omgevingsvergunning",
        "artikel 15",
    );

    let mut subsidie = Besluit::new(
        BesluitType::SubsidiePremieErkenning,
        "Toekenning van werkingssubsidies aan jeugdverenigingen 2025",
        "Gelet op het decreet over het lokaal bestuur, artikel 56.\nGelet op het subsidiereglement jeugd.",
        "Artikel 1. De werkingssubsidies worden toegekend volgens bijlage.\nArtikel 2. De uitbetaling gebeurt voor 1 maart.",
    );
    subsidie.artikels = vec![
        Artikel::new(
            "1",
            "De werkingssubsidies worden toegekend volgens bijlage.",
        ),
        Artikel::new("2", "De uitbetaling gebeurt voor 1 maart."),
    ];
    subsidie.rechtsgronden = vec![decreet.clone()];
    subsidie.inwerkingtreding = Some(date(2025, 2, 10)?);
    subsidie.publicatiedatum = Some(date(2025, 2, 12)?);
    let mut vergunning = Besluit::new(
        BesluitType::Andere,
        "Omgevingsvergunning voor het bouwen van een sporthal",
        "Gelet op het decreet betreffende de omgevingsvergunning, artikel 15.",
        "Artikel 1. De omgevingsvergunning wordt verleend.",
    );
    vergunning.artikels = vec![Artikel::new("1", "De omgevingsvergunning wordt verleend.")];
    vergunning.rechtsgronden = vec![decreet.clone(), omgeving];
    vergunning.inwerkingtreding = Some(date(2025, 2, 10)?);
    vergunning.beschrijving = Some("Vergunning voor de nieuwe sporthal.".to_owned());

    let mut open = BehandelingVanAgendapunt::new("2025-02-10-cbs-1".parse()?, true, all.clone());
    open.stemmingen.push(Stemming::openbaar(
        "Werkingssubsidies en omgevingsvergunning",
        "Het voorstel wordt goedgekeurd.",
        all.clone(),
        vec![an.id.clone(), bart.id.clone(), chloe.id.clone()],
        vec![],
        vec![dirk.id.clone()],
    ));
    open.besluiten = vec![subsidie, vergunning];

    let mut aanstelling = Besluit::new(
        BesluitType::Personeelsreglement,
        "Aanstelling van een diensthoofd vrije tijd",
        "Gelet op het decreet over het lokaal bestuur, artikel 56. De persoonsgegevens zijn weggelaten.",
        "Artikel 1. Er wordt een diensthoofd vrije tijd aangesteld.",
    );
    aanstelling.artikels = vec![Artikel::new(
        "1",
        "Er wordt een diensthoofd vrije tijd aangesteld.",
    )];
    aanstelling.rechtsgronden = vec![decreet];
    aanstelling.inwerkingtreding = Some(date(2025, 3, 1)?);
    let mut closed = BehandelingVanAgendapunt::new("2025-02-10-cbs-2".parse()?, false, all.clone());
    closed.stemmingen.push(Stemming::geheim(
        "Aanstelling diensthoofd vrije tijd",
        "De kandidaat wordt aangesteld.",
        all.clone(),
        all.clone(),
        2,
        1,
        1,
    ));
    closed.besluiten.push(aanstelling);

    let mut item2 = Agendapunt::new("Aanstelling van een diensthoofd vrije tijd", false);
    item2.types = vec![AgendapuntType::Gepland];
    let zitting = Zitting::builder(
        "2025-02-10-cbs".parse()?,
        orgaan,
        "2025-02-10T09:00:00+01:00".parse()?,
    )
    .start("2025-02-10T09:05:00+01:00".parse()?)
    .einde("2025-02-10T11:40:00+01:00".parse()?)
    .voorzitter(an.id.clone())
    .secretaris(secretaris.id.clone())
    .aanwezige_bij_start(an.id.clone())
    .aanwezige_bij_start(bart.id.clone())
    .aanwezige_bij_start(chloe.id.clone())
    .aanwezige_bij_start(dirk.id.clone())
    .mandataris(an)
    .mandataris(bart)
    .mandataris(chloe)
    .mandataris(dirk)
    .mandataris(secretaris)
    .agendapunt(Agendapunt::new(
        "Werkingssubsidies jeugd en omgevingsvergunning sporthal",
        true,
    ))
    .agendapunt(item2)
    .behandeling(open)
    .behandeling(closed)
    .agenda(Document::published(date(2025, 2, 3)?))
    .besluitenlijst(Document::published(date(2025, 2, 12)?))
    .notulen(Document::published(date(2025, 3, 10)?))
    .uittreksel(Uittreksel {
        publicatiedatum: Some(date(2025, 2, 14)?),
        ..Uittreksel::new("2025-02-10-cbs-1".parse()?)
    })
    .build(&base()?)
    .map_err(|v| v.to_string())?;
    Ok(zitting)
}

fn main() -> Result<(), Error> {
    // The fixture's extract is of its closed item (a secret vote), the college's of its
    // public item (an open vote, two decisions); the example session has none.
    let sessions = [
        ("gemeenteraad", gemeenteraad()?, true),
        ("college", college()?, true),
        ("example", Zitting::example(), false),
    ];
    for (name, zitting, extract) in &sessions {
        let mut kinds = vec![
            DocumentKind::Agenda,
            DocumentKind::Besluitenlijst,
            DocumentKind::Notulen,
        ];
        if *extract {
            kinds.push(DocumentKind::Uittreksel);
        }
        for kind in kinds {
            let document = zitting.to_jsonld(kind, &RenderOptions::default())?;
            let line = serde_json::json!({"session": name, "kind": kind, "document": document});
            println!("{line}");
        }
    }
    Ok(())
}
