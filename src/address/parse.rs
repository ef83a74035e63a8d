//! The free-form address parser: [`Address::parse`] turns what people type into an [`Address`].
//!
//! The parser is deterministic and table-driven; it never guesses with a model and never
//! panics. It works in passes over a small token list:
//!
//! 1. **Checks** – length, control characters, emptiness ([`check_input`]).
//! 2. **Tokens** – words, ASCII numbers and single punctuation characters, each knowing whether
//!    whitespace came before it; line breaks, commas and semicolons cut the text into
//!    *segments* ([`tokenize`]).
//! 3. **Country** – a trailing name of Belgium is dropped, a foreign country is kept, also
//!    in brackets after the municipality (`8400 Oostende (België)`, `9000 Gent (B)`)
//!    ([`take_country`]; bpost: the country is only written on mail going abroad).
//! 4. **Postcode anchor** – the four-digit number that starts the locality, optionally after
//!    `B-`/`BE-`, never glued to letters and never next to a box marker or house-number
//!    separator ([`find_postcode`]; the design of `standards/addresses.md` §5, and the
//!    register's search, which takes a lone 4-digit token as the postcode).
//! 5. **Locality** – the words after the postcode in its segment, or the segment after it,
//!    or the words before it (`Gent 9000`); without a postcode, a trailing segment without
//!    digits (a number that is no Belgian postcode before it is dropped: `99999 Gent`), or a
//!    segment the municipality register knows (`Gent, Kerkstraat 12`) ([`layout`]). The
//!    register also tells where a locality ends when the street follows it on the same line
//!    (`7070 Le Rœulx Grand Rue 1`).
//! 6. **Street segment** – segments that only hold a box (`bus 3`) or a number (`12`) are
//!    joined to their neighbour, segments that only say where the door is (`3de verdieping`)
//!    are dropped; of the rest, the one with a name and a number wins, so an organisation
//!    line (`Stad Gent, Botermarkt 1, …`) is ignored ([`choose_street`]).
//! 7. **Street, house number and box** – a PO box (`Postbus 123`), else the house-number group
//!    at the end of the segment or before a remark on where the door is (`Kerkstraat 12 bus
//!    3`, `Kerkstraat 12 3de verdieping`), else at its start (`12 rue de la Loi`), else
//!    before words that cannot be part of the name (`Kerkstraat 12 achteraan`), with the
//!    AdresMatch number rules ([`number_group`], [`two_numbers`]); position words before the
//!    number are dropped (`Kerkstraat naast nr 30`) ([`street_parts`]).
//! 8. **Language** – from the street's type words and the box or PO-box marker
//!    ([`street_language`]).

use core::str::FromStr;

use crate::Language;
use crate::address::address::BELGIUM;
use crate::address::{Address, AddressError, BoxNumber, HouseNumber, Municipality, Postcode};

/// The longest input accepted, in characters: more than any real address (a full two-line
/// bilingual Brussels address with an organisation line is about 120).
const MAX_INPUT: usize = 300;

/// Foreign country names (nl, fr, de, en and the local name) that may end an address. The
/// bare names of Luxembourg are left out: they are also the names of a Belgian province.
const FOREIGN: &[&str] = &[
    "nederland",
    "the netherlands",
    "netherlands",
    "pays-bas",
    "niederlande",
    "holland",
    "frankrijk",
    "france",
    "frankreich",
    "duitsland",
    "deutschland",
    "allemagne",
    "germany",
    "groothertogdom luxemburg",
    "grand-duché de luxembourg",
    "großherzogtum luxemburg",
    "verenigd koninkrijk",
    "royaume-uni",
    "vereinigtes königreich",
    "united kingdom",
    "spanje",
    "espagne",
    "spanien",
    "spain",
    "españa",
    "italië",
    "italie",
    "italien",
    "italy",
    "italia",
    "zwitserland",
    "suisse",
    "schweiz",
    "switzerland",
    "oostenrijk",
    "autriche",
    "österreich",
    "austria",
    "portugal",
    "polen",
    "pologne",
    "poland",
    "polska",
];

/// Box markers (bpost's legal list `bus`, `bte`, `boîte`, `box`, plus what people write:
/// `b`, `bt`, `app`, `apt`, `appt`; `pf` is the Flemish register's German marker), with the
/// language each one signals.
const BOX_MARKERS: &[(&str, Option<Language>)] = &[
    ("bus", Some(Language::Nl)),
    ("bte", Some(Language::Fr)),
    ("boîte", Some(Language::Fr)),
    ("boite", Some(Language::Fr)),
    ("bt", None),
    ("box", None),
    ("b", None),
    ("app", None),
    ("apt", None),
    ("appt", None),
    ("appart", None),
    ("appartement", None),
    ("pf", Some(Language::De)),
];

/// PO box markers, written without spaces and dots (`B.P.` → `bp`, `Boîte postale` →
/// `boîtepostale`), with their language.
const PO_BOX_MARKERS: &[(&str, Option<Language>)] = &[
    ("postbus", Some(Language::Nl)),
    ("pb", Some(Language::Nl)),
    ("bp", Some(Language::Fr)),
    ("boîtepostale", Some(Language::Fr)),
    ("boitepostale", Some(Language::Fr)),
    ("casepostale", Some(Language::Fr)),
    ("postfach", Some(Language::De)),
    ("pobox", None),
    ("postofficebox", None),
];

/// Words written before a house number: `n° 12`, `nr. 12`, `No 12`.
const NUMBER_PREFIXES: &[&str] = &[
    "n",
    "nr",
    "no",
    "nº",
    "num",
    "numéro",
    "numero",
    "nummer",
    "huisnummer",
];

/// Latin ordinals that follow a house number (`12bis`).
const LATIN_SUFFIXES: &[&str] = &["bis", "ter", "quater"];

/// Floor words used as box numbers without a marker (`316 RDC`): rez-de-chaussée and
/// gelijkvloers (AdresMatch's floor words).
const FLOOR_WORDS: &[&str] = &["rdc", "gv", "gvl", "glv"];

/// Words that say where in the building the door is (floor, front or back), written after
/// the house number (`Kerkstraat 12 3de verdieping`, `Rue Haute 12 rez-de-chaussée`). They are
/// not part of the address and are dropped; `rez` is completed by `de chaussée`.
const REMARK_WORDS: &[&str] = &[
    // nl
    "verdieping",
    "verd",
    "verdiep",
    "gelijkvloers",
    "achterbouw",
    "voorbouw",
    "achterhuis",
    "voorhuis",
    "achteringang",
    "zijingang",
    "achteraan",
    "vooraan",
    "achterkant",
    "voorkant",
    "links",
    "rechts",
    "zolder",
    "kelder",
    // fr
    "étage",
    "etage",
    "ét",
    "rez",
    "arrière",
    "arriere",
    "gauche",
    "droite",
    "entresol",
    "annexe",
    // de
    "stock",
    "obergeschoss",
    "erdgeschoss",
    "hinterhaus",
    // en
    "floor",
];

/// Small words that may join remark words (`rez-de-chaussée`, `op de 2de verdieping`); they
/// only count inside a remark that has a remark word.
const REMARK_JOINERS: &[&str] = &[
    "de",
    "du",
    "la",
    "le",
    "l",
    "op",
    "het",
    "à",
    "au",
    "en",
    "et",
    "the",
    "chaussée",
    "chaussee",
];

/// Ordinal endings glued to a floor number (`3de`, `1ste`, `2e`, `1er`, `2ème`).
const ORDINAL_ENDINGS: &[&str] = &[
    "de", "ste", "e", "er", "re", "ère", "ème", "eme", "ième", "ieme", "è", "nd", "rd", "th",
];

/// Ordinal endings that cannot be a house-number letter or a box: `3de` is a floor even
/// without a remark word after it, `2e` only before one (`Kerkstraat 12 2e` keeps its box).
const PLAIN_ORDINAL_ENDINGS: &[&str] = &[
    "de", "ste", "er", "re", "ère", "ème", "eme", "ième", "ieme", "nd", "rd", "th",
];

/// Words written between the street and the number to say where the door is relative to a
/// number (`Kerkstraat naast nr 30`; AdresMatch drops them). The first group also counts
/// without `nr`/`n°`; the second only with it (`Kerkstraat bij nr 30`).
const POSITION_PHRASES: &[&[&str]] = &[
    &["naast"],
    &["tegenover"],
    &["neben"],
    &["gegenüber"],
    &["à", "côté", "du"],
    &["à", "côté", "de"],
    &["a", "cote", "du"],
    &["a", "cote", "de"],
    &["à", "coté", "du"],
    &["en", "face", "du"],
    &["en", "face", "de"],
    &["face", "au"],
    &["vis", "à", "vis", "du"],
    &["vis", "à", "vis", "de"],
    &["vis", "a", "vis", "du"],
    &["vis", "a", "vis", "de"],
];

/// Position words that only count before `nr`/`n°` (see [`POSITION_PHRASES`]).
const POSITION_PHRASES_BEFORE_PREFIX: &[&[&str]] = &[
    &["bij"],
    &["nabij"],
    &["achter"],
    &["voorbij"],
    &["près", "du"],
    &["près", "de"],
    &["pres", "du"],
    &["pres", "de"],
    &["bei"],
];

/// Articles and prepositions after which a number belongs to the street name (`Rue des 3
/// Arbres`, `Place du 20 Août`, `Boulevard du 9e de Ligne`).
const NAME_LINKS: &[&str] = &[
    "du", "des", "de", "d", "la", "le", "l", "les", "aux", "au", "van", "der", "den", "het", "t",
    "ter", "ten", "te", "op", "zum", "zur", "am", "im", "an", "vom", "von", "dem",
];

/// French street types, as whole words (`Rue`, `Avenue`, `Chaussée` …).
const FRENCH_STREET_WORDS: &[&str] = &[
    "rue",
    "avenue",
    "av",
    "chaussée",
    "chaussee",
    "place",
    "boulevard",
    "bd",
    "quai",
    "chemin",
    "allée",
    "impasse",
    "route",
    "square",
    "clos",
    "drève",
    "dreve",
    "sentier",
    "ruelle",
    "voie",
    "parvis",
    "cour",
    "cité",
    "faubourg",
    "montée",
    "esplanade",
    "venelle",
    "rempart",
];

/// Dutch street-name endings (`Kerkstraat`, `Bredabaan`, `Zeedijk` …).
const DUTCH_STREET_ENDINGS: &[&str] = &[
    "straat", "laan", "steenweg", "weg", "plein", "plaats", "kade", "dreef", "lei", "baan", "kaai",
    "markt", "singel", "wegel", "dijk", "vest", "gracht", "hof", "pad", "kouter", "veld",
];

/// German street-name endings (`Hauptstraße`, `Marktplatz` …).
const GERMAN_STREET_ENDINGS: &[&str] = &["straße", "strasse", "gasse", "platz"];

/// Month names (nl, fr, de; the German names spelt as the Dutch ones are listed once): a number followed by one is part of a street name (`Rue du 11
/// Novembre`, `11 Novemberstraat`; bpost writes dates in street names with digits).
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "januar",
    "februar",
    "märz",
    "august",
    "dezember",
];

impl Address {
    /// Parses a free-form Belgian address, as people type it, into its parts.
    ///
    /// It reads one or two lines (or comma-separated parts) in either order, ignores an
    /// organisation line before the street, drops a trailing `België`/`Belgique`/`Belgien`,
    /// also in brackets (a foreign country is kept in [`country`](Address::country)), and
    /// accepts the postcode with a `B-` or `BE-` prefix. Names keep the case they were
    /// written in. Remarks on where the door is (`3de verdieping`, `rez-de-chaussée`,
    /// `naast nr 30`) are dropped.
    ///
    /// ```
    /// use bouwstenen::Language;
    /// use bouwstenen::address::Address;
    ///
    /// // The register's one-line form and bpost's two-line label.
    /// let a = Address::parse("Kerkstraat 12 bus 3, 9000 Gent")?;
    /// assert_eq!(a.street(), Some("Kerkstraat"));
    /// assert_eq!(a.house_number().map(|n| n.to_string()), Some("12".to_owned()));
    /// assert_eq!(a.box_number().map(|b| b.to_string()), Some("3".to_owned()));
    /// assert_eq!(a.postcode().map(|p| p.to_string()), Some("9000".to_owned()));
    /// assert_eq!(a.municipality(), Some("Gent"));
    /// assert_eq!(a.language(), Some(Language::Nl));
    /// assert_eq!(Address::parse("Korenmarkt 1\n9000 Gent")?.street(), Some("Korenmarkt"));
    ///
    /// // Box markers in every spelling: `bte`, `boîte`, `box`, `b`, `app`, `#`, `/`, glued or not.
    /// let a = Address::parse("Avenue Louise 54 bte 3, B-1050 Ixelles, Belgique")?;
    /// assert_eq!(a.to_string(), "Avenue Louise 54 bte 3, 1050 Ixelles");
    /// assert_eq!(a.language(), Some(Language::Fr));
    /// assert_eq!(Address::parse("Kerkstraat 12bus3, 9000 Gent")?.to_string(), "Kerkstraat 12 bus 3, 9000 Gent");
    /// assert_eq!(Address::parse("Brugsesteenweg 255, box2, 8500 Kortrijk")?.to_string(),
    ///            "Brugsesteenweg 255 bus 2, 8500 Kortrijk");
    ///
    /// // The AdresMatch rule for two numbers: a higher first number is a house number with a
    /// // box, a lower one starts a range.
    /// assert_eq!(Address::parse("Rue Haute 130/2, 1000 Bruxelles")?.to_string(), "Rue Haute 130 bte 2, 1000 Bruxelles");
    /// assert_eq!(Address::parse("Bredabaan 12-14, 2930 Brasschaat")?.to_string(), "Bredabaan 12-14, 2930 Brasschaat");
    ///
    /// // Number before the street, `n°`, an organisation line, digits in the street name.
    /// assert_eq!(Address::parse("12 rue de la Loi, 1000 Bruxelles")?.street(), Some("rue de la Loi"));
    /// assert_eq!(Address::parse("Rue de la Station n° 12, 1300 Wavre")?.to_string(), "Rue de la Station 12, 1300 Wavre");
    /// assert_eq!(Address::parse("Stad Gent, Botermarkt 1, 9000 Gent")?.street(), Some("Botermarkt"));
    /// assert_eq!(Address::parse("Rue du 11 Novembre 5, 5000 Namur")?.street(), Some("Rue du 11 Novembre"));
    ///
    /// // Remarks on where the door is, and a country in brackets, are dropped.
    /// assert_eq!(Address::parse("Kerkstraat 12 3de verdieping, 9000 Gent (België)")?.to_string(),
    ///            "Kerkstraat 12, 9000 Gent");
    /// assert_eq!(Address::parse("Rue Haute 12-bis, 1000 Bruxelles")?.to_string(), "Rue Haute 12bis, 1000 Bruxelles");
    ///
    /// // PO boxes, and foreign addresses.
    /// assert_eq!(Address::parse("Postbus 123, 9000 Gent")?.po_box(), Some("123"));
    /// assert_eq!(Address::parse("Dam 1, 1012 JS Amsterdam, Nederland")?.country(), Some("Nederland"));
    /// # Ok::<(), bouwstenen::address::AddressError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// - [`AddressError::Empty`]: nothing but whitespace and punctuation;
    /// - [`AddressError::TooLong`]: more than 300 characters (or a part longer than 200);
    /// - [`AddressError::Character`]: a control character other than a line break or tab;
    /// - [`AddressError::NoStreet`], [`AddressError::NoLocality`]: no street or PO box, or
    ///   neither a postcode nor a municipality;
    /// - [`AddressError::HouseNumber`], [`AddressError::BoxNumber`]: a number that is
    ///   clearly meant as one but is not valid (`Kerkstraat 0`, a box of 11 characters).
    ///
    /// ```
    /// use bouwstenen::address::{Address, AddressError};
    /// assert_eq!(Address::parse("  "), Err(AddressError::Empty));
    /// assert_eq!(Address::parse("9000 Gent"), Err(AddressError::NoStreet));
    /// assert_eq!(Address::parse("Kerkstraat 12"), Err(AddressError::NoLocality));
    /// assert_eq!(Address::parse("Kerkstraat 12\u{7}, 9000 Gent"), Err(AddressError::Character));
    /// ```
    pub fn parse(input: &str) -> Result<Address, AddressError> {
        check_input(input)?;
        let (tokens, mut spans) = tokenize(input);
        if !tokens.iter().any(|t| t.kind != Kind::Punct) {
            return Err(AddressError::Empty);
        }
        let text = Text {
            input,
            tokens: &tokens,
        };
        let country = take_country(&text, &mut spans);
        let foreign = country.is_some();
        let layout = layout(&text, &spans, foreign);
        let (street, leading_box) = choose_street(&text, &layout);
        let mut parts = match street {
            Some(span) => street_parts(&text, span, layout.municipality.is_none())?,
            None => StreetParts::default(),
        };
        // `app. 3, Kerkstraat 12`, `Bus 3\nKerkstraat 12`: a box line before the street.
        if let Some(span) = leading_box {
            if parts.house_number.is_some() && parts.box_number.is_none() {
                if let Some((number, marker)) = box_segment(&text, span)? {
                    parts.box_number = Some(number);
                    parts.language = parts.language.or(marker);
                }
            }
        }
        let municipality = layout.municipality.or(parts.locality);

        let mut builder = Address::builder();
        if let Some(street) = parts.street {
            builder = builder.street(street);
        }
        if let Some(number) = parts.house_number {
            builder = builder.house_number(number);
        }
        if let Some(number) = parts.box_number {
            builder = builder.box_number(number);
        }
        if let Some(po_box) = parts.po_box {
            builder = builder.po_box(po_box);
        }
        if let Some(postcode) = layout.postcode {
            builder = builder.postcode(postcode);
        }
        if let Some(name) = municipality {
            builder = builder.municipality(name);
        }
        if let Some(language) = parts.language {
            builder = builder.language(language);
        }
        if let Some(country) = country {
            builder = builder.country(country);
            // A foreign address need not follow Belgian conventions: keep its full text when
            // the parts are not enough.
            let fallback = builder.clone().full_address(full_text(&text, &spans));
            return builder.build().or_else(|_| fallback.build());
        }
        builder.build()
    }
}

/// Parses with [`Address::parse`].
///
/// ```
/// use bouwstenen::address::Address;
/// let a: Address = "Meir 78, 2000 Antwerpen".parse()?;
/// assert_eq!(a.municipality(), Some("Antwerpen"));
/// # Ok::<(), bouwstenen::address::AddressError>(())
/// ```
impl FromStr for Address {
    type Err = AddressError;

    fn from_str(s: &str) -> Result<Self, AddressError> {
        Self::parse(s)
    }
}

// ---------------------------------------------------------------------------------------------
// 1. Checks
// ---------------------------------------------------------------------------------------------

/// Rejects inputs that are too long, contain control characters (line breaks and tabs are
/// allowed) or are blank.
fn check_input(input: &str) -> Result<(), AddressError> {
    let mut count = 0usize;
    for c in input.chars() {
        count = count.saturating_add(1);
        if count > MAX_INPUT {
            return Err(AddressError::TooLong { max: MAX_INPUT });
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            return Err(AddressError::Character);
        }
    }
    if input.trim().is_empty() {
        return Err(AddressError::Empty);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// 2. Tokens
// ---------------------------------------------------------------------------------------------

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of letters (with combining accents).
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other character: `-`, `/`, `.`, `#`, `°`, `'` …
    Punct,
}

/// A token: a slice of the input with its kind.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    /// Byte offset in the input.
    start: usize,
    kind: Kind,
    /// No whitespace between this token and the previous one of its segment.
    glued: bool,
}

impl Token<'_> {
    /// Byte offset just after the token.
    fn end(&self) -> usize {
        self.start.saturating_add(self.text.len())
    }

    fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }

    /// Whether the token is the punctuation character `c`.
    fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    /// Whether the token is one of the punctuation characters in `set`.
    fn is_any(&self, set: &str) -> bool {
        self.kind == Kind::Punct && self.text.chars().next().is_some_and(|c| set.contains(c))
    }

    /// Whether the token is a word equal to one of `words`, ignoring case.
    fn is_one_of(&self, words: &[&str]) -> bool {
        self.is_word() && in_list(self.text, words)
    }
}

/// A half-open range of token indices: a segment, or part of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// The input with its tokens, to slice text out of.
struct Text<'a> {
    input: &'a str,
    tokens: &'a [Token<'a>],
}

impl<'a> Text<'a> {
    /// The tokens of a span.
    fn tokens(&self, span: Span) -> &'a [Token<'a>] {
        self.tokens.get(span.start..span.end).unwrap_or_default()
    }

    /// The input text a span covers, from its first token to its last, as written.
    fn raw(&self, span: Span) -> &'a str {
        let first = self.tokens.get(span.start);
        let last = span
            .end
            .checked_sub(1)
            .filter(|&i| i >= span.start)
            .and_then(|i| self.tokens.get(i));
        match (first, last) {
            (Some(first), Some(last)) => {
                self.input.get(first.start..last.end()).unwrap_or_default()
            }
            _ => "",
        }
    }
}

/// Line breaks, commas and semicolons separate the parts of an address.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | ',' | ';' | '\u{2028}' | '\u{2029}')
}

/// Letters, and combining accents written after them.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Invisible characters that copied text brings along (a byte-order mark, zero-width spaces
/// and joiners, a soft hyphen): the tokenizer treats them as whitespace, so that they are
/// dropped around words (`\u{feff}Kerkstraat 12, 9000 Gent\u{200b}`). Inside a name they
/// still split it, and the builder rejects the name as written.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}'
    )
}

/// Cuts the input into tokens and segments (token ranges between breaks); whitespace and
/// [invisible characters](is_invisible) only separate tokens.
fn tokenize(input: &str) -> (Vec<Token<'_>>, Vec<Span>) {
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(16);
    let mut spans = Vec::with_capacity(4);
    let mut segment_start = 0usize;
    let mut glued = false;
    let mut chars = input.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_break(c) {
            if tokens.len() > segment_start {
                spans.push(Span {
                    start: segment_start,
                    end: tokens.len(),
                });
            }
            segment_start = tokens.len();
            glued = false;
            continue;
        }
        if c.is_whitespace() || is_invisible(c) {
            glued = false;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if is_letter(c) {
            Kind::Word
        } else {
            Kind::Punct
        };
        let mut end = start.saturating_add(c.len_utf8());
        if kind != Kind::Punct {
            while let Some(&(next, d)) = chars.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => is_letter(d),
                };
                if !same {
                    break;
                }
                end = next.saturating_add(d.len_utf8());
                chars.next();
            }
        }
        tokens.push(Token {
            text: input.get(start..end).unwrap_or_default(),
            start,
            kind,
            glued,
        });
        glued = true;
    }
    if tokens.len() > segment_start {
        spans.push(Span {
            start: segment_start,
            end: tokens.len(),
        });
    }
    (tokens, spans)
}

/// Whether a text equals one of the lower-case words of a table, ignoring case. An ASCII
/// text (most words) is compared without allocating.
fn in_list(text: &str, list: &[&str]) -> bool {
    if text.is_ascii() {
        // A non-ASCII table word never equals an ASCII text, byte for byte or folded.
        return list.iter().any(|w| text.eq_ignore_ascii_case(w));
    }
    let lower = text.to_lowercase();
    list.contains(&lower.as_str())
}

/// Whether a text equals one of the lower-case words of a table or ends with it, ignoring
/// case.
fn ends_with_any(text: &str, list: &[&str]) -> bool {
    let ends = |text: &[u8], ending: &[u8]| {
        text.len() >= ending.len()
            && text
                .get(text.len().saturating_sub(ending.len())..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(ending))
    };
    if text.is_ascii() {
        return list.iter().any(|e| ends(text.as_bytes(), e.as_bytes()));
    }
    let lower = text.to_lowercase();
    list.iter().any(|e| lower.ends_with(e))
}

/// Compares a text with one lower-case word, ignoring case.
fn eq_fold(text: &str, lower: &str) -> bool {
    in_list(text, &[lower])
}

// ---------------------------------------------------------------------------------------------
// 3. Country
// ---------------------------------------------------------------------------------------------

/// Removes a trailing country name from the last segment (or the whole last segment), also
/// in brackets ([`take_bracketed_country`]). A name of Belgium is dropped; a foreign country
/// is returned as written. `BE` only counts as a whole segment or in capitals.
fn take_country(text: &Text<'_>, spans: &mut Vec<Span>) -> Option<String> {
    let mut last = *spans.last()?;
    // `9000 Gent België.`, `9000 Gent (Belgique).`: separators after the country go too.
    trim_separators_at_end(text, &mut last);
    if last.is_empty() {
        return None;
    }
    let tokens = text.tokens(last);
    if let Some(found) = take_bracketed_country(text, spans, last) {
        return found;
    }
    let count = tokens.len().min(4);
    for take in (1..=count).rev() {
        let from = last.end.saturating_sub(take);
        let first = text.tokens.get(from)?;
        let whole = from == last.start;
        if !first.is_word() || (first.glued && !whole) {
            continue;
        }
        let candidate = Span {
            start: from,
            end: last.end,
        };
        let name = text.raw(candidate);
        let belgian = in_list(name, BELGIUM) || name == "BE" || (whole && eq_fold(name, "be"));
        let foreign =
            in_list(name, FOREIGN) || (whole && ["NL", "FR", "DE", "LU", "UK"].contains(&name));
        if !(belgian || foreign) {
            continue;
        }
        if whole {
            spans.pop();
        } else if let Some(span) = spans.last_mut() {
            span.end = from;
            // A separating dash or dot before the country goes too.
            trim_separators_at_end(text, span);
            if span.is_empty() {
                spans.pop();
            }
        }
        return foreign.then(|| crate::text::collapse_whitespace(name));
    }
    None
}

/// A country in brackets at the end of the last segment, after a locality word or as the
/// whole segment: `8400 Oostende (België)`, `9000 Gent (B)`, `52062 Aachen (Deutschland)`.
/// Returns `None` when there is none, else what [`take_country`] returns.
fn take_bracketed_country(
    text: &Text<'_>,
    spans: &mut Vec<Span>,
    last: Span,
) -> Option<Option<String>> {
    let tokens = text.tokens(last);
    if !tokens.last().is_some_and(|t| t.is(')')) {
        return None;
    }
    let open = tokens.iter().rposition(|t| t.is('('))?;
    let open = last.start.saturating_add(open);
    let inner = Span {
        start: open.saturating_add(1),
        end: last.end.saturating_sub(1),
    };
    let inner_tokens = text.tokens(inner);
    if inner_tokens.is_empty() || inner_tokens.len() > 4 || !inner_tokens.iter().all(Token::is_word)
    {
        return None;
    }
    let whole = open == last.start;
    let after_word = open
        .checked_sub(1)
        .filter(|&i| i >= last.start)
        .and_then(|i| text.tokens.get(i))
        .is_some_and(Token::is_word);
    if !(whole || after_word) {
        return None; // `Kerkstraat 12 (B)`: a building or box, not a country
    }
    let name = text.raw(inner);
    let code = |codes: &[&str]| codes.iter().any(|c| name.eq_ignore_ascii_case(c));
    let belgian = in_list(name, BELGIUM) || code(&["b", "be", "bel"]);
    let foreign = in_list(name, FOREIGN) || code(&["nl", "fr", "de", "lu", "uk"]);
    if !(belgian || foreign) {
        return None;
    }
    if whole {
        spans.pop();
    } else if let Some(span) = spans.last_mut() {
        span.end = open;
        trim_separators_at_end(text, span);
        if span.is_empty() {
            spans.pop();
        }
    }
    Some(foreign.then(|| crate::text::collapse_whitespace(name)))
}

/// Removes a dash, dot or slash that separated a removed country from the rest of a segment.
fn trim_separators_at_end(text: &Text<'_>, span: &mut Span) {
    while span.end > span.start
        && text
            .tokens
            .get(span.end.saturating_sub(1))
            .is_some_and(|t| t.is_any("-–—./"))
    {
        span.end = span.end.saturating_sub(1);
    }
}

/// The text of all remaining segments, joined with `, ` (a foreign address's full text).
fn full_text(text: &Text<'_>, spans: &[Span]) -> String {
    let parts: Vec<String> = spans
        .iter()
        .map(|&s| crate::text::collapse_whitespace(text.raw(s)))
        .collect();
    parts.join(", ")
}

// ---------------------------------------------------------------------------------------------
// 4. Postcode anchor
// ---------------------------------------------------------------------------------------------

/// Where the postcode is: its segment, its first token (a `B-` prefix) and its number.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    segment: usize,
    first: usize,
    number: usize,
}

/// Whether a number token can be a postcode: a Belgian postcode, or for a foreign address
/// any four- or five-digit number.
fn postcode_like(text: &str, foreign: bool) -> bool {
    if foreign {
        matches!(text.len(), 4 | 5)
    } else {
        text.len() == 4 && Postcode::parse(text).is_ok()
    }
}

/// The `B-`, `BE-`, `B` or `BE` prefix before the number at `index` in `span`, as the index of
/// its first token. A capital `B` or `BE` with a space before the number only counts at the
/// start of a segment or before a locality word (`Kerkstraat 12 B 9000 Gent`), so that the box
/// marker `b` is not mistaken for it.
fn country_prefix(text: &Text<'_>, span: Span, index: usize, before_word: bool) -> Option<usize> {
    let is_prefix = |t: &Token<'_>| t.is_word() && matches!(t.text, "B" | "BE" | "b" | "be" | "Be");
    let number = text.tokens.get(index)?;
    let before = index.checked_sub(1).filter(|&i| i >= span.start)?;
    let prev = text.tokens.get(before)?;
    if prev.is('-') && number.glued {
        let word_index = before.checked_sub(1).filter(|&i| i >= span.start)?;
        let word = text.tokens.get(word_index)?;
        return (is_prefix(word) && prev.glued).then_some(word_index);
    }
    // `Kerkstraat 12 b 9000 Gent`: a lower-case `b` only counts before a locality word.
    let capital = matches!(prev.text, "B" | "BE") && prev.is_word();
    let lower = matches!(prev.text, "b" | "be") && prev.is_word() && before_word && !number.glued;
    ((capital && (number.glued || before == span.start || before_word)) || lower).then_some(before)
}

/// Finds the postcode: the best-scoring four-digit number, later ones winning ties.
///
/// A candidate scores for what people write around a postcode: a `B-` prefix, the start of a
/// segment, a locality word after it, or ending a segment after the locality (`Gent 9000`).
/// It is ruled out when it sits inside a house-number group: after a box marker, `n°` or a
/// separator, or before a box marker, a separator or another number (`1085 bus 2`,
/// `1000-1020`, `Meir 1000 2000 Antwerpen`).
fn find_postcode(text: &Text<'_>, spans: &[Span], foreign: bool) -> Option<Anchor> {
    let mut best: Option<(i32, Anchor)> = None;
    for (segment, &span) in spans.iter().enumerate() {
        for index in span.start..span.end {
            let Some(token) = text.tokens.get(index) else {
                continue;
            };
            if !token.is_num() || !postcode_like(token.text, foreign) {
                continue;
            }
            let next = index
                .checked_add(1)
                .filter(|&i| i < span.end)
                .and_then(|i| text.tokens.get(i));
            if next.is_some_and(|n| n.glued && !n.is_any(".-")) {
                continue; // `9000Gent`, `1234A`: glued to letters
            }
            let prefix = country_prefix(text, span, index, next.is_some_and(Token::is_word));
            let mut first = prefix.unwrap_or(index);
            let mut prev = first
                .checked_sub(1)
                .filter(|&i| i >= span.start)
                .and_then(|i| text.tokens.get(i));
            let mut score: i32 = 0;
            // `Rue du Château 5 - 5000 Namur`, `Kerkstraat 12 / 8500 Kortrijk`: a spaced dash
            // or slash before a postcode and its locality separates the lines, it does not
            // make a range or a box.
            if prev.is_some_and(|p| {
                p.is_any("-–/") && !p.glued && !text.tokens.get(first).is_some_and(|t| t.glued)
            }) && next.is_some_and(Token::is_word)
            {
                first = first.saturating_sub(1);
                prev = None;
                score = score.saturating_add(2);
            }
            if prefix.is_none() && token.glued && prev.is_some_and(Token::is_word) {
                continue; // `Kerkstraat1000`
            }
            if prefix.is_some() {
                score = score.saturating_add(4);
            }
            if first == span.start {
                score = score.saturating_add(2);
            }
            score = score.saturating_add(next_score(text, span, index, next));
            if prev.is_some_and(|p| {
                p.is_any("/-+#°№")
                    || p.is_one_of(NUMBER_PREFIXES)
                    || is_box_marker(p)
                    || p.is_word() && po_word(p)
            }) && prefix.is_none()
            {
                score = score.saturating_sub(10);
            }
            if next.is_none() && segment > 0 && first > span.start {
                let before = Span {
                    start: span.start,
                    end: first,
                };
                if words_only(text, before) {
                    score = score.saturating_add(2); // `Kerkstraat 12, Gent 9000`
                }
            }
            // `Kerkstraat 12 Gent 9000`: after a number group and locality words on one line.
            if next.is_none()
                && prefix.is_none()
                && prev.is_some_and(|p| {
                    p.is_word() && !is_box_marker(p) && !p.is_one_of(NUMBER_PREFIXES)
                })
                && text
                    .tokens(Span {
                        start: span.start,
                        end: first,
                    })
                    .iter()
                    .any(Token::is_num)
            {
                score = score.saturating_add(2);
            }
            let anchor = Anchor {
                segment,
                first,
                number: index,
            };
            if score > 0 && best.is_none_or(|(s, _)| score >= s) {
                best = Some((score, anchor));
            }
        }
    }
    best.map(|(_, anchor)| anchor)
}

/// What follows a postcode candidate tells what it is: a locality word (+4), a box marker,
/// house-number suffix, separator or number (−10: it is a house number).
fn next_score(text: &Text<'_>, span: Span, index: usize, next: Option<&Token<'_>>) -> i32 {
    let Some(next) = next else {
        return 0;
    };
    match next.kind {
        Kind::Num => -10,
        Kind::Word
            if is_box_marker(next) || is_single_letter(next) || next.is_one_of(LATIN_SUFFIXES) =>
        {
            -10
        }
        Kind::Word => 4,
        Kind::Punct if next.is_any("-–") => {
            let after = index
                .checked_add(2)
                .filter(|&i| i < span.end)
                .and_then(|i| text.tokens.get(i));
            match after {
                Some(t) if t.is_word() => 3, // `9000 - Gent`
                _ => -10,
            }
        }
        Kind::Punct if next.is_any("/+#") => -10,
        Kind::Punct => 0,
    }
}

/// Whether a span has words and no numbers.
fn words_only(text: &Text<'_>, span: Span) -> bool {
    let tokens = text.tokens(span);
    tokens.iter().any(Token::is_word) && !tokens.iter().any(Token::is_num)
}

/// Whether a word is part of a PO box marker (`Postbus`, `BP`, `Postfach`, `postale` …).
fn po_word(token: &Token<'_>) -> bool {
    token.is_one_of(&["postbus", "pb", "bp", "postale", "postfach", "p", "box"])
}

// ---------------------------------------------------------------------------------------------
// 5. Locality
// ---------------------------------------------------------------------------------------------

/// The locality found and the segments left to look for the street in.
#[derive(Debug, Default)]
struct Layout {
    postcode: Option<Postcode>,
    municipality: Option<String>,
    /// Where the locality starts (token index), to prefer street segments before it.
    locality_at: Option<usize>,
    /// Segments (or parts of segments) that are not the locality, in order.
    rest: Vec<Span>,
}

/// Finds the locality around the postcode anchor, or without one, and lists the rest.
fn layout(text: &Text<'_>, spans: &[Span], foreign: bool) -> Layout {
    let mut out = Layout {
        rest: Vec::with_capacity(spans.len().saturating_add(1)),
        ..Layout::default()
    };
    let Some(anchor) = find_postcode(text, spans, foreign) else {
        let last = spans.len().checked_sub(1);
        let trailing = last.filter(|&i| i > 0).and_then(|i| spans.get(i));
        // A foreign locality may hold its own kind of postcode (`London SW1A 2AA`).
        // (segment, name): `Kerkstraat 12, 99999 Gent` keeps `Gent` of its last segment.
        let locality = trailing
            .copied()
            .filter(|&span| !is_remark(text.tokens(span), 0, true))
            .filter(|&span| words_only(text, span) || foreign)
            .map(|span| (span, span))
            .or_else(|| trailing.and_then(|&span| Some((span, after_bad_postcode(text, span)?))))
            .or_else(|| known_locality_before(text, spans).map(|span| (span, span)));
        match locality {
            Some((segment, name)) => {
                out.municipality = locality_name(text, name);
                out.locality_at = Some(segment.start);
                out.rest
                    .extend(spans.iter().copied().filter(|&s| s != segment));
            }
            None => out.rest.extend_from_slice(spans),
        }
        return out;
    };
    let Some(&span) = spans.get(anchor.segment) else {
        return out;
    };
    let mut before = Span {
        start: span.start,
        end: anchor.first,
    };
    let after = Span {
        start: anchor.number.saturating_add(1),
        end: span.end,
    };
    out.locality_at = Some(anchor.first);
    if foreign {
        out.municipality = locality_name(
            text,
            Span {
                start: anchor.number,
                end: span.end,
            },
        );
    } else {
        out.postcode = text
            .tokens
            .get(anchor.number)
            .and_then(|t| Postcode::parse(t.text).ok());
        out.municipality = locality_name(text, after);
    }
    let mut skip_next = false;
    let mut skip_previous = false;
    if out.municipality.is_none() {
        let next = anchor
            .segment
            .checked_add(1)
            .and_then(|i| spans.get(i))
            .copied();
        if after.is_empty() && anchor.segment > 0 && words_only(text, before) {
            // `Kerkstraat 12, Gent 9000`
            out.municipality = locality_name(text, before);
            before.end = before.start;
        } else if let Some(next) = next.filter(|&n| words_only(text, n)) {
            // `Kerkstraat 12, 9000, Gent`
            out.municipality = locality_name(text, next);
            skip_next = true;
        } else if let Some(previous) = anchor
            .segment
            .checked_sub(1)
            .and_then(|i| spans.get(i))
            .copied()
            .filter(|&p| after.is_empty() && before.is_empty() && words_only(text, p))
        {
            // `Kerkstraat 12, Gent, 9000`
            out.municipality = locality_name(text, previous);
            skip_previous = true;
        }
    }
    for (i, &s) in spans.iter().enumerate() {
        if i == anchor.segment {
            if !before.is_empty() {
                out.rest.push(before);
            }
        } else if !((skip_next && Some(i) == anchor.segment.checked_add(1))
            || (skip_previous && Some(i) == anchor.segment.checked_sub(1)))
        {
            out.rest.push(s);
        }
    }
    // `9000 Gent Korenmarkt 1`: the street follows the locality on the same line.
    let has_street = out
        .rest
        .iter()
        .any(|&s| text.tokens(s).iter().any(Token::is_word));
    if !foreign && !has_street && text.tokens(after).iter().any(Token::is_num) {
        if let Some(split) = split_locality(text, after) {
            out.municipality = locality_name(
                text,
                Span {
                    start: after.start,
                    end: split,
                },
            );
            out.rest.push(Span {
                start: split,
                end: after.end,
            });
        }
    }
    out
}

/// The locality words of a last segment that starts with a number where the postcode should
/// be but that is no Belgian postcode (`99999 Gent`, `0999 Gent`): the number is dropped and
/// the locality kept, so that validation reports the postcode as missing.
fn after_bad_postcode(text: &Text<'_>, span: Span) -> Option<Span> {
    let tokens = text.tokens(span);
    let number = tokens.first().filter(|t| t.is_num())?;
    if number.text.len() < 4 || Postcode::parse(number.text).is_ok() {
        return None;
    }
    let rest = Span {
        start: span.start.saturating_add(1),
        end: span.end,
    };
    let next = tokens.get(1)?;
    (!next.glued && words_only(text, rest)).then_some(rest)
}

/// Whether a name is a municipality, sub-municipality or postal locality of the register
/// (`Gent`, `Zwijnaarde`, `Anvers`), as a whole.
fn is_known_locality(name: &str) -> bool {
    Municipality::lookup(name).iter().any(|m| !m.partial)
}

/// Without a postcode or a trailing locality: a segment before the last that the register
/// knows as a locality (`Gent, Kerkstraat 12`). An organisation line (`Stad Gent`) is not one.
fn known_locality_before(text: &Text<'_>, spans: &[Span]) -> Option<Span> {
    let before_last = spans.len().saturating_sub(1);
    spans
        .iter()
        .take(before_last)
        .rev()
        .copied()
        .find(|&span| words_only(text, span) && is_known_locality(text.raw(span)))
}

/// Where a locality that runs into the street on one line ends: after the longest run of
/// names the register knows as a locality (`Le Rœulx Grand-Rue 1`), else before the first
/// street type word, else after the first (hyphenated) name.
fn split_locality(text: &Text<'_>, span: Span) -> Option<usize> {
    let tokens = text.tokens(span);
    let name_ends = tokens
        .iter()
        .enumerate()
        .skip(1)
        .take_while(|(_, t)| !t.is_num())
        .filter(|(_, t)| !t.glued)
        .map(|(i, _)| i);
    let mut known = None;
    for end in name_ends.take(4) {
        let name = text.raw(Span {
            start: span.start,
            end: span.start.saturating_add(end),
        });
        if is_known_locality(name) {
            known = Some(end);
        }
    }
    let street = tokens
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, t)| t.is_word() && !t.glued && street_word_language(t).is_some())
        .map(|(i, _)| i);
    let first_name_end = tokens
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, t)| !t.glued)
        .map(|(i, _)| i);
    known
        .or(street)
        .or(first_name_end)
        .and_then(|i| span.start.checked_add(i))
}

/// The locality's name as written: the span without surrounding punctuation (a final dot is
/// kept after a short abbreviation, `St.`).
fn locality_name(text: &Text<'_>, span: Span) -> Option<String> {
    let span = trim_punctuation(text, span, 3);
    let name = crate::text::collapse_whitespace(text.raw(span));
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// Removes separators around a name. A final `.` stays when glued to a word of at most
/// `abbreviation` characters (`St.`, `Kerkstr.`).
fn trim_punctuation(text: &Text<'_>, mut span: Span, abbreviation: usize) -> Span {
    while text
        .tokens
        .get(span.start)
        .is_some_and(|t| span.start < span.end && t.is_any(",;:-–—/.|"))
    {
        span.start = span.start.saturating_add(1);
    }
    while span.end > span.start {
        let last = span.end.saturating_sub(1);
        let Some(token) = text.tokens.get(last) else {
            break;
        };
        if token.is('.') && token.glued && last > span.start {
            let word = last
                .checked_sub(1)
                .and_then(|i| text.tokens.get(i))
                .filter(|w| w.is_word() && w.text.chars().count() <= abbreviation);
            if word.is_some() {
                break;
            }
        }
        if token.is_any(",;:-–—/.|") {
            span.end = last;
        } else {
            break;
        }
    }
    span
}

// ---------------------------------------------------------------------------------------------
// 6. Street segment
// ---------------------------------------------------------------------------------------------

/// Joins the box-only and number-only segments to their neighbour (`Kerkstraat 12, bus 3`,
/// `teststraat, 10`, `12, rue de la Loi`) and picks the street segment: a PO box, else a name
/// with a number, else a name with a street type word, else any name; ties go to the segment
/// nearest before the locality.
///
/// A box line just before the street line (`app. 3, Kerkstraat 12`) is returned apart, as the
/// second value.
fn choose_street(text: &Text<'_>, layout: &Layout) -> (Option<Span>, Option<Span>) {
    let mut merged: Vec<Span> = Vec::with_capacity(layout.rest.len());
    let mut pending: Option<Span> = None;
    let mut boxes: Vec<Span> = Vec::new();
    // The end of the last line kept and the end of the remarks after it: a box after a
    // remark still joins the line (`Kerkstraat 12, 3de verdieping, bus 3`).
    let mut bridge: Option<(usize, usize)> = None;
    for &span in &layout.rest {
        // `Kerkstraat 12, 3de verdieping`: a remark on its own is dropped.
        if is_remark(text.tokens(span), 0, true) {
            bridge = match (bridge, merged.last()) {
                (Some((from, to)), _) if to == span.start => Some((from, span.end)),
                (_, Some(last)) if last.end == span.start => Some((last.end, span.end)),
                _ => None,
            };
            continue;
        }
        let bridged = bridge.take();
        let mut span = span;
        let continuation = is_continuation(text, span);
        if let Some(previous) = pending.take() {
            if previous.end == span.start && is_box_segment(text, previous) && !continuation {
                boxes.push(previous);
            } else if previous.end == span.start {
                span.start = previous.start;
            } else {
                merged.push(previous);
            }
        }
        if continuation {
            let across =
                |end: usize| bridged.is_some_and(|(from, to)| from == end && to == span.start);
            match merged.last_mut() {
                Some(last) if last.end == span.start || across(last.end) => last.end = span.end,
                _ => pending = Some(span),
            }
            continue;
        }
        merged.push(span);
    }
    merged.extend(pending);
    let locality_at = layout.locality_at.unwrap_or(usize::MAX);
    let street = merged
        .into_iter()
        .map(|span| {
            let before = span.end <= locality_at;
            let order = if before {
                span.start
            } else {
                usize::MAX.saturating_sub(span.start)
            };
            ((street_score(text, span), before, order), span)
        })
        .filter(|((score, _, _), _)| *score > 0)
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, span)| span);
    let leading_box = street.and_then(|s| boxes.into_iter().find(|b| b.end == s.start));
    (street, leading_box)
}

/// Whether a segment starts with a box marker (`bus 3`, `app. 3`, `#4`) and has a value.
fn is_box_segment(text: &Text<'_>, span: Span) -> bool {
    let tokens = text.tokens(span);
    tokens
        .first()
        .is_some_and(|first| is_box_marker(first) || first.is('#'))
        && tokens.iter().skip(1).any(|t| t.is_num() || t.is_word())
}

/// The box of a box-only segment (`app. 3`), with the language its marker tells; `None` when
/// the segment holds more than a box.
fn box_segment(
    text: &Text<'_>,
    span: Span,
) -> Result<Option<(BoxNumber, Option<Language>)>, AddressError> {
    let tokens = text.tokens(span);
    let mut group = Group {
        first: "",
        suffix: None,
        last: None,
        box_value: None,
        consumed: 0,
        marker: None,
    };
    let end = box_part(text.input, tokens, 0, &mut group);
    if skip_punctuation(tokens, end, ".") < tokens.len() {
        return Ok(None);
    }
    match group.box_value {
        Some(value) => Ok(Some((value.number()?, group.marker))),
        None => Ok(None),
    }
}

/// Whether a segment only continues the street line: a box (`bus 3`, `box2`, `#4`) or a
/// house-number group (`12`, `12A`, `n° 5`).
fn is_continuation(text: &Text<'_>, span: Span) -> bool {
    let tokens = text.tokens(span);
    if is_box_segment(text, span) {
        return true;
    }
    starts_group(tokens, 0)
        && number_group(text.input, tokens).is_some_and(|g| g.consumed >= tokens.len())
}

/// How much a segment looks like a street line.
fn street_score(text: &Text<'_>, span: Span) -> u8 {
    let tokens = text.tokens(span);
    if po_box(text.input, tokens).is_some() {
        return 8;
    }
    let has_word = tokens.iter().any(Token::is_word);
    let has_num = tokens.iter().any(Token::is_num);
    let typed = tokens
        .iter()
        .any(|t| t.is_word() && street_word_language(t).is_some());
    let mut score = 0u8;
    if has_word {
        score = score.saturating_add(1);
        if has_num {
            score = score.saturating_add(4);
        }
        if typed {
            score = score.saturating_add(2);
        }
    }
    score
}

// ---------------------------------------------------------------------------------------------
// 7. Street, house number, box
// ---------------------------------------------------------------------------------------------

/// The parts read from the street segment.
#[derive(Debug, Default)]
struct StreetParts {
    street: Option<String>,
    house_number: Option<HouseNumber>,
    box_number: Option<BoxNumber>,
    po_box: Option<String>,
    /// Words after the number when the address had no other locality (`Kerkstraat 12 Gent`).
    locality: Option<String>,
    language: Option<Language>,
}

/// Reads the street segment: a PO box; else street name + number group at the end or before
/// a remark ([`is_remark`]); else number group + street name (`12 rue de la Loi`); else, when
/// the locality is still missing, street + number + locality on one line; else street name +
/// number group + words that cannot be part of the name ([`trailing_words`]); else a street
/// name without a number. Position words before the number are left out of the name
/// ([`name_end`]).
fn street_parts(
    text: &Text<'_>,
    span: Span,
    need_locality: bool,
) -> Result<StreetParts, AddressError> {
    let tokens = text.tokens(span);
    let at = |i: usize| span.start.saturating_add(i);
    if let Some(po) = po_box(text.input, tokens) {
        let rest = Span {
            start: at(po.consumed),
            end: span.end,
        };
        let locality = if need_locality && words_only(text, rest) {
            locality_name(text, rest)
        } else {
            None
        };
        return Ok(StreetParts {
            po_box: Some(crate::text::collapse_whitespace(po.value)),
            locality,
            language: po.language,
            ..StreetParts::default()
        });
    }
    // Street name, then the number group up to the end or up to a remark (`3de verdieping`,
    // `(achterbouw)`); position words before the number are dropped (`naast nr 30`).
    for p in 1..tokens.len() {
        let Some(group) = group_after_name(text.input, tokens, p) else {
            continue;
        };
        if is_remark(tokens, p.saturating_add(group.consumed), true) {
            let name = Span {
                start: span.start,
                end: at(name_end(tokens, p)),
            };
            return finish(text, name, group, None);
        }
    }
    // Number group first (French order, AdresMatch `5 teststraat`). A remark after the name
    // is dropped when it starts with a bracket or a floor and has a remark word (`12 rue de
    // la Loi 2e étage`): a remark word alone may be part of the name (`Rue de la Droite`),
    // and so may an ordinal (`Avenue Albert 1er`).
    if starts_group(tokens, 0) {
        if let Some(group) = number_group(text.input, tokens) {
            let next = tokens.get(group.consumed);
            if next.is_some_and(|t| t.is_word() && !t.glued && !is_month(t)) {
                let end = remark_after_name(tokens, group.consumed.saturating_add(1));
                let name = Span {
                    start: at(group.consumed),
                    end: at(end),
                };
                return finish(text, name, group, None);
            }
        }
    }
    // Street, number and locality on one line without a postcode.
    if need_locality {
        for p in 1..tokens.len() {
            let Some(group) = group_after_name(text.input, tokens, p) else {
                continue;
            };
            let rest = Span {
                start: at(p.saturating_add(group.consumed)),
                end: span.end,
            };
            if words_only(text, rest) {
                let name = Span {
                    start: span.start,
                    end: at(name_end(tokens, p)),
                };
                return finish(text, name, group, locality_name(text, rest));
            }
        }
    }
    // Street name and number, then words that are not part of the name (`Kerkstraat 12
    // achteraan`): they are dropped, as a remark is.
    for p in 1..tokens.len() {
        let Some(group) = group_after_name(text.input, tokens, p) else {
            continue;
        };
        if trailing_words(tokens, p, p.saturating_add(group.consumed)) {
            let name = Span {
                start: span.start,
                end: at(name_end(tokens, p)),
            };
            return finish(text, name, group, None);
        }
    }
    let street = street_name(text, span);
    Ok(StreetParts {
        language: street_language(text.tokens(span), None),
        street,
        ..StreetParts::default()
    })
}

/// Where a remark starts at the end of a street name that follows its number (`12 rue de la
/// Loi 2e étage`), searching from `from`; the length of `tokens` when there is none. It must
/// start with a bracket, `rez`, `gelijkvloers` or a floor that is not followed by another
/// (`Avenue Albert 1er 2e étage`), and hold a remark word.
fn remark_after_name(tokens: &[Token<'_>], from: usize) -> usize {
    (from..tokens.len())
        .find(|&q| {
            let starts = match ordinal_at(tokens, q) {
                Some((after, _)) => is_floor_at(tokens, q) && !is_floor_at(tokens, after),
                None => tokens
                    .get(q)
                    .is_some_and(|t| t.is('(') || t.is_one_of(&["rez", "gelijkvloers"])),
            };
            starts && is_remark(tokens, q, false)
        })
        .unwrap_or(tokens.len())
}

/// The house-number group that starts at `p` after a name (a word before it), unless what
/// starts there is a floor (`3de verdieping`).
fn group_after_name<'a>(input: &'a str, tokens: &[Token<'a>], p: usize) -> Option<Group<'a>> {
    if !starts_group(tokens, p)
        || is_floor_at(tokens, p)
        || !tokens.iter().take(p).any(Token::is_word)
    {
        return None;
    }
    // `Kerkstraat 12 bus 3 A`: a number after a box marker or `nr` is no house number
    // after a name (as for [`trailing_words`]).
    let name_last = tokens.iter().take(p).rev().find(|t| !t.is('.'));
    if name_last.is_some_and(|t| is_box_marker(t) || t.is_one_of(NUMBER_PREFIXES))
        && tokens.iter().take(p).any(Token::is_num)
    {
        return None;
    }
    tokens.get(p..).and_then(|t| number_group(input, t))
}

/// Whether the tokens from `i` on are only a remark on where the door is, to drop: nothing,
/// a remark in brackets (`(achteringang)`), remark words (`verdieping`, `étage`,
/// `rez-de-chaussée`, `achterbouw` …) with the small words between them, and floors written
/// as ordinals (`3de`, `1er`, `2e`). A lone floor (`3de`) only counts with `lone_floor`.
fn is_remark(tokens: &[Token<'_>], i: usize, lone_floor: bool) -> bool {
    // `Kerkstraat 12 :`, `Kerkstraat 12 |`: punctuation alone is an empty remark.
    if tokens
        .get(i..)
        .is_some_and(|rest| rest.iter().all(|t| t.kind == Kind::Punct))
    {
        return true;
    }
    let run = remark_run(tokens, i);
    run.end >= tokens.len() && (run.end == i || run.words || (run.floor && lone_floor))
}

/// How far a remark reaches from `i` (see [`is_remark`]).
struct RemarkRun {
    /// The index of the first token that is not part of it.
    end: usize,
    /// It holds a remark word or a bracket.
    words: bool,
    /// It holds a floor ordinal.
    floor: bool,
}

/// Reads remark words, joiners, ordinals and brackets from `i` (see [`is_remark`]).
fn remark_run(tokens: &[Token<'_>], i: usize) -> RemarkRun {
    let mut run = RemarkRun {
        end: i,
        words: false,
        floor: false,
    };
    while let Some(token) = tokens.get(run.end) {
        if token.is('(') {
            let Some(close) = tokens
                .iter()
                .skip(run.end)
                .position(|t| t.is(')'))
                .and_then(|k| run.end.checked_add(k))
            else {
                break;
            };
            run.words = true;
            run.end = close.saturating_add(1);
            continue;
        }
        if let Some((after, _)) = ordinal_at(tokens, run.end) {
            // `2e` alone may be a house number with its letter; `2e étage` or `3de` is a floor.
            run.floor = run.floor || is_floor_at(tokens, run.end);
            run.end = after;
            continue;
        }
        if token.is_one_of(REMARK_WORDS) {
            run.words = true;
        } else if !(token.is_one_of(REMARK_JOINERS) || token.is_any("-–./'’:")) {
            break;
        }
        run.end = run.end.saturating_add(1);
    }
    run
}

/// A number with a glued ordinal ending (`3de`, `1ste`, `2e`, `1er`) at `i`: the index after
/// it, and whether the ending is one that a house-number letter cannot be (all but `e`, `è`).
fn ordinal_at(tokens: &[Token<'_>], i: usize) -> Option<(usize, bool)> {
    tokens.get(i).filter(|t| t.is_num())?;
    let ending_at = i.checked_add(1)?;
    let ending = tokens
        .get(ending_at)
        .filter(|t| t.glued && t.is_one_of(ORDINAL_ENDINGS))?;
    let after = ending_at.checked_add(1)?;
    if tokens
        .get(after)
        .is_some_and(|t| t.glued && (t.is_num() || t.is_word()))
    {
        return None;
    }
    Some((after, ending.is_one_of(PLAIN_ORDINAL_ENDINGS)))
}

/// Whether a floor starts at `i`: an ordinal (`3de`, `1er`), or `2e` before a remark word
/// (`2e étage`); such a number is never a house number or box.
fn is_floor_at(tokens: &[Token<'_>], i: usize) -> bool {
    match ordinal_at(tokens, i) {
        Some((_, true)) => true,
        Some((after, false)) => {
            let next = skip_punctuation(tokens, after, ".");
            tokens.get(next).is_some_and(|t| t.is_one_of(REMARK_WORDS))
        }
        None => false,
    }
}

/// Whether the words from `rest` on, after the number group at `p`, can be dropped as not
/// part of the street name: words without digits (floors aside), not glued to the number,
/// without a street type word or box marker, not starting with a month (`Rue du 11
/// Novembre`), and the number not after an article or preposition (`Rue des 3 Arbres`,
/// `Boulevard du 9e de Ligne`), which makes it part of the name; the name ends in a word.
fn trailing_words(tokens: &[Token<'_>], p: usize, rest: usize) -> bool {
    let Some(first) = tokens.get(rest) else {
        return false;
    };
    if first.glued && !first.is('(') {
        return false;
    }
    let before = p.checked_sub(1).and_then(|i| tokens.get(i));
    if before.is_some_and(|t| t.is_one_of(NAME_LINKS)) && tokens.get(p).is_some_and(Token::is_num) {
        return false;
    }
    // The name must end in a word, not in a number, separator or box marker (`30/20 bus 4
    // Gent`, `30-b app. 3 Gent` are not understood, and stay so).
    let name_last = tokens
        .iter()
        .take(p)
        .rev()
        .find(|t| !t.is('.'))
        .filter(|t| t.is_word() && !is_box_marker(t) && !t.is_one_of(NUMBER_PREFIXES));
    if name_last.is_none() {
        return false;
    }
    if tokens
        .iter()
        .skip(rest)
        .find(|t| t.is_word())
        .is_some_and(is_month)
    {
        return false;
    }
    let mut j = rest;
    let mut words = false;
    while let Some(token) = tokens.get(j) {
        if let Some((after, _)) = ordinal_at(tokens, j) {
            j = after;
            continue;
        }
        if token.is_num()
            || is_box_marker(token)
            || (token.is_word() && street_word_language(token).is_some())
        {
            return false;
        }
        words = words || token.is_word();
        j = j.saturating_add(1);
    }
    words
}

/// Where the street name before the number group at `p` ends: before position words such as
/// `naast`, `tegenover`, `à côté du` (and `bij` before `nr`/`n°`), when a name is left.
fn name_end(tokens: &[Token<'_>], p: usize) -> usize {
    let prefixed = !tokens.get(p).is_some_and(Token::is_num);
    let lists: [(&[&[&str]], bool); 2] = [
        (POSITION_PHRASES, false),
        (POSITION_PHRASES_BEFORE_PREFIX, true),
    ];
    for (phrases, needs_prefix) in lists {
        if needs_prefix && !prefixed {
            continue;
        }
        for phrase in phrases {
            if let Some(start) = phrase_before(tokens, p, phrase) {
                if tokens.iter().take(start).any(Token::is_word) {
                    return start;
                }
            }
        }
    }
    p
}

/// Where the words of `phrase` start when they end just before `end` (dashes and apostrophes
/// between them ignored: `vis-à-vis du`).
fn phrase_before(tokens: &[Token<'_>], end: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = end;
    for (n, word) in phrase.iter().rev().enumerate() {
        if n > 0 {
            while j
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| t.is_any("-–'’"))
            {
                j = j.saturating_sub(1);
            }
        }
        let i = j.checked_sub(1)?;
        let token = tokens.get(i)?;
        if !(token.is_word() && eq_fold(token.text, word)) {
            return None;
        }
        j = i;
    }
    Some(j)
}

/// Builds the street parts from a name span and a number group.
fn finish(
    text: &Text<'_>,
    name: Span,
    group: Group<'_>,
    locality: Option<String>,
) -> Result<StreetParts, AddressError> {
    let (house_number, box_number) = group.parts()?;
    Ok(StreetParts {
        street: street_name(text, name),
        house_number: Some(house_number),
        box_number,
        po_box: None,
        locality,
        language: street_language(text.tokens(name), group.marker),
    })
}

/// The street name as written, without separators around it (a glued final `.` is kept as
/// an abbreviation: `Kerkstr.`).
fn street_name(text: &Text<'_>, span: Span) -> Option<String> {
    let span = trim_punctuation(text, span, usize::MAX);
    let name = crate::text::collapse_whitespace(text.raw(span));
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// A PO box at the start of a segment.
struct PoBox<'a> {
    value: &'a str,
    consumed: usize,
    language: Option<Language>,
}

/// Reads `Postbus 123`, `Postbus123`, `BP 123`, `B.P. 123`, `Boîte postale 123`,
/// `Postfach 123`, `PB 123`, `PO Box 123`: up to three words (dots ignored) that spell a PO box
/// marker, then a number.
fn po_box<'a>(input: &'a str, tokens: &[Token<'a>]) -> Option<PoBox<'a>> {
    let initial = tokens.first()?.text.chars().next()?.to_ascii_lowercase();
    if !matches!(initial, 'p' | 'b' | 'c') {
        return None;
    }
    let mut key = String::new();
    let mut words = 0u8;
    for (i, token) in tokens.iter().enumerate() {
        if token.is('.') {
            continue;
        }
        if !token.is_word() || words >= 3 {
            return None;
        }
        words = words.saturating_add(1);
        key.extend(token.text.chars().flat_map(char::to_lowercase));
        let Some(&(_, language)) = PO_BOX_MARKERS.iter().find(|(m, _)| *m == key) else {
            continue;
        };
        let start = skip_punctuation(tokens, i.saturating_add(1), ".:°");
        let start = if tokens
            .get(start)
            .is_some_and(|t| t.is_one_of(NUMBER_PREFIXES))
        {
            skip_punctuation(tokens, start.saturating_add(1), ".:°")
        } else {
            start
        };
        if !tokens.get(start).is_some_and(Token::is_num) {
            continue;
        }
        let (end, value) = value_run(input, tokens, start)?;
        let consumed = skip_punctuation(tokens, end, ".");
        return Some(PoBox {
            value,
            consumed,
            language,
        });
    }
    None
}

/// A house-number group as recognised: the raw pieces, before validation.
#[derive(Debug)]
struct Group<'a> {
    first: &'a str,
    suffix: Option<&'a str>,
    /// The end of a range (`12-14`), with its suffix.
    last: Option<(&'a str, Option<&'a str>)>,
    box_value: Option<BoxValue<'a>>,
    /// Tokens used.
    consumed: usize,
    /// The language of the box marker, if it tells one.
    marker: Option<Language>,
}

/// A box number as found.
#[derive(Debug, Clone, Copy)]
enum BoxValue<'a> {
    /// After a marker or as a number: kept as written.
    AsWritten(&'a str),
    /// A letter after `-` or `/` (`30-b`, `20/a`): upper-cased, as AdresMatch does.
    Upper(&'a str),
    /// A number and a suffix written apart after a marker (`bus 3 A`): joined, `3A`.
    Joined(&'a str, &'a str),
}

impl Group<'_> {
    /// Validates the pieces into a house number and box number.
    fn parts(&self) -> Result<(HouseNumber, Option<BoxNumber>), AddressError> {
        let mut house = String::with_capacity(16);
        house.push_str(self.first);
        house.push_str(self.suffix.unwrap_or_default());
        if let Some((last, suffix)) = self.last {
            house.push('-');
            house.push_str(last);
            house.push_str(suffix.unwrap_or_default());
        }
        let house = HouseNumber::parse(&house)?;
        let box_number = self.box_value.map(BoxValue::number).transpose()?;
        Ok((house, box_number))
    }
}

impl BoxValue<'_> {
    /// Validates the box number.
    fn number(self) -> Result<BoxNumber, AddressError> {
        match self {
            BoxValue::AsWritten(value) => BoxNumber::parse(value),
            BoxValue::Upper(value) => BoxNumber::parse(&value.to_uppercase()),
            BoxValue::Joined(value, suffix) => {
                let mut joined = String::with_capacity(value.len().saturating_add(suffix.len()));
                joined.push_str(value);
                joined.push_str(suffix);
                BoxNumber::parse(&joined)
            }
        }
    }
}

/// Whether a house-number group starts at `i`: a number, or `n°`/`nr.`/`#` and a number.
fn starts_group(tokens: &[Token<'_>], i: usize) -> bool {
    match tokens.get(i) {
        Some(t) if t.is_num() => true,
        Some(t) if is_number_prefix(tokens, i) || t.is_any("#№") => {
            let next = skip_punctuation(tokens, i.saturating_add(1), ".:°");
            tokens.get(next).is_some_and(Token::is_num)
        }
        _ => false,
    }
}

/// Whether the word at `i` is a number prefix; a bare `n` only counts before `°` or `.`.
fn is_number_prefix(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if !token.is_one_of(NUMBER_PREFIXES) {
        return false;
    }
    !eq_fold(token.text, "n")
        || tokens
            .get(i.saturating_add(1))
            .is_some_and(|t| t.glued && t.is_any("°."))
}

/// Reads a house-number group from the start of `tokens`:
///
/// ```text
/// [n° | nr | #]  NUMBER [SUFFIX]  [SEPARATOR SECOND]  [BOX]  [.]
/// ```
///
/// - SUFFIX: a letter (`12A`, `12 a`, `455 I`) or `bis`/`ter`/`quater`; a letter that starts
///   a box (`b 3`, `A02`) is not a suffix;
/// - SEPARATOR SECOND: `-`, `/`, `+` or a space, then a number, decided by [`two_numbers`]
///   (`30/20` box, `21/27` range), or a letter or code, which is a box (`30-b`, `20/A`);
/// - BOX: a marker (`bus`, `bte`, `box`, `b`, `app`, `#`, …) and its value (`3`, `0201`,
///   `1.02`, `RDC`), or a value without marker that holds a digit or is a floor word
///   (`15-23 A02`, `316 RDC`).
fn number_group<'a>(input: &'a str, tokens: &[Token<'a>]) -> Option<Group<'a>> {
    let mut i = 0usize;
    if !tokens.first().is_some_and(Token::is_num) {
        i = skip_punctuation(tokens, 1, ".:°");
    }
    let first = tokens.get(i).filter(|t| t.is_num())?;
    i = i.saturating_add(1);
    let mut group = Group {
        first: first.text,
        suffix: None,
        last: None,
        box_value: None,
        consumed: 0,
        marker: None,
    };
    if range_word_end(tokens, i).is_none() && is_suffix(tokens, i) {
        group.suffix = tokens.get(i).map(|t| t.text);
        i = i.saturating_add(1);
    }
    i = second_part(input, tokens, i, &mut group);
    if group.box_value.is_none() {
        i = box_part(input, tokens, i, &mut group);
    }
    group.consumed = skip_punctuation(tokens, i, ".");
    Some(group)
}

/// Whether the token at `i` is a house-number suffix (see [`number_group`]).
fn is_suffix(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if token.is_one_of(LATIN_SUFFIXES) {
        return true;
    }
    if !is_single_letter(token) {
        return false;
    }
    let next = tokens.get(i.saturating_add(1));
    if next.is_some_and(|n| n.glued && n.is_num()) {
        return false; // `A02`, `b3`: a box value or marker
    }
    let after_dot = skip_punctuation(tokens, i.saturating_add(1), ".");
    let marker_b = eq_fold(token.text, "b") && tokens.get(after_dot).is_some_and(Token::is_num);
    !marker_b
}

/// A single ASCII letter.
fn is_single_letter(token: &Token<'_>) -> bool {
    token.is_word() && token.text.len() == 1 && token.text.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Reads what follows the first number after `-`, `/`, `+` or a space (see [`number_group`]).
/// Returns the index after it (unchanged when there is nothing to read).
fn second_part<'a>(input: &'a str, tokens: &[Token<'a>], i: usize, group: &mut Group<'a>) -> usize {
    let Some(token) = tokens.get(i) else {
        return i;
    };
    // `12 à 14`, `12 tot 14`, `12 t/m 14`: a range when the numbers rise.
    if let Some(j) = range_word_end(tokens, i) {
        let Some(next) = tokens.get(j) else {
            return i;
        };
        let suffix_at = j.saturating_add(1);
        let suffix = tokens
            .get(suffix_at)
            .filter(|t| t.glued && (is_single_letter(t) || t.is_one_of(LATIN_SUFFIXES)));
        let end = if suffix.is_some() {
            suffix_at.saturating_add(1)
        } else {
            suffix_at
        };
        let glued_on = tokens
            .get(end)
            .is_some_and(|t| t.glued && (t.is_num() || t.is_word()));
        let suffix = suffix.map(|t| t.text);
        if !glued_on && two_numbers(group.first, group.suffix, next.text, suffix) == Second::Range {
            group.last = Some((next.text, suffix));
            return end;
        }
        return i;
    }
    let (j, separator) = if token.is_any("-/+–") {
        (i.saturating_add(1), true)
    } else if token.is_num() && !token.glued {
        (i, false)
    } else {
        return i;
    };
    let Some(next) = tokens.get(j) else {
        return i;
    };
    if next.is_num() {
        if is_floor_at(tokens, j) {
            return i; // `12 - 3de verdieping`
        }
        let Some((end, run)) = value_run(input, tokens, j) else {
            return i;
        };
        let suffix_at = j.saturating_add(1);
        let simple = end == suffix_at
            || (end == suffix_at.saturating_add(1)
                && tokens.get(suffix_at).is_some_and(|t| {
                    t.glued && (is_single_letter(t) || t.is_one_of(LATIN_SUFFIXES))
                }));
        let suffix = (end > suffix_at)
            .then(|| tokens.get(suffix_at).map(|t| t.text))
            .flatten();
        if simple && two_numbers(group.first, group.suffix, next.text, suffix) == Second::Range {
            group.last = Some((next.text, suffix));
        } else {
            group.box_value = Some(BoxValue::AsWritten(run));
        }
        return end;
    }
    // `12-bis`, `12 - bis`: a Latin ordinal is the house number's suffix, never a box (the
    // AdresMatch rule `30-b` → box `B` is for single letters).
    if separator && next.is_one_of(LATIN_SUFFIXES) {
        let after = j.saturating_add(1);
        let glued_on = tokens
            .get(after)
            .is_some_and(|t| t.glued && (t.is_num() || t.is_word()));
        if group.suffix.is_none() && !glued_on {
            group.suffix = Some(next.text);
            // `12-bis/3`, `12-bis-14`: what follows the suffix is read as after `12bis`.
            return second_part(input, tokens, after, group);
        }
        // `12A-bis`: a second suffix has no place in a house number; it is dropped.
        return if glued_on { i } else { after };
    }
    // `48/B`, `30-b`: a letter is a box even when it could be the marker `b`, unless a value
    // follows it (`12/b 3`).
    let marker_with_value = is_box_marker(next)
        && value_run(
            input,
            tokens,
            skip_punctuation(tokens, j.saturating_add(1), ".:"),
        )
        .is_some();
    if separator && next.is_word() && !marker_with_value {
        if let Some((end, run)) = value_run(input, tokens, j) {
            if BoxNumber::parse(run).is_ok() {
                group.box_value = Some(BoxValue::Upper(run));
                return end;
            }
        }
    }
    i
}

/// The index after a word that joins the ends of a range (`à`, `tot`, `t/m`, `tot en met`)
/// at `i`, when a number follows it.
fn range_word_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let word = |k: usize, w: &str| {
        tokens
            .get(i.saturating_add(k))
            .is_some_and(|t| t.is_word() && eq_fold(t.text, w))
    };
    let tot_en_met = word(0, "tot") && word(1, "en") && word(2, "met");
    let t_m = word(0, "t")
        && tokens
            .get(i.saturating_add(1))
            .is_some_and(|t| t.glued && t.is('/'))
        && word(2, "m")
        && tokens.get(i.saturating_add(2)).is_some_and(|t| t.glued);
    let end = if tot_en_met || t_m {
        i.saturating_add(3)
    } else if word(0, "tot") || word(0, "à") {
        i.saturating_add(1)
    } else {
        return None;
    };
    let next = tokens.get(end)?;
    (next.is_num() && !next.glued).then_some(end)
}

/// What a second number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Second {
    /// The end of a range: `12-14`, `21/27`.
    Range,
    /// A box number: `30/20`, `18/4`, `12/02`.
    Box,
}

/// The AdresMatch sanitizer's rule for two numbers (`30/20`, `30-20`, `30+20`, `30 20`): a
/// higher first number is a house number with a box; a lower one starts a range. A second
/// number with a leading zero is always a box (`12/02`); equal numbers are a box unless the
/// suffixes go up (`12-12A`).
fn two_numbers(
    first: &str,
    first_suffix: Option<&str>,
    second: &str,
    second_suffix: Option<&str>,
) -> Second {
    if second.starts_with('0') {
        return Second::Box;
    }
    match (first.parse::<u64>(), second.parse::<u64>()) {
        (Ok(a), Ok(b)) if a < b => Second::Range,
        (Ok(a), Ok(b)) if a > b => Second::Box,
        (Ok(_), Ok(_)) => {
            let lower = |s: Option<&str>| s.map(str::to_ascii_lowercase);
            match (lower(first_suffix), lower(second_suffix)) {
                (None, Some(_)) => Second::Range,
                (Some(a), Some(b)) if a.len() == 1 && b.len() == 1 && a < b => Second::Range,
                _ => Second::Box,
            }
        }
        // Numbers too long for u64: let the house-number check reject them.
        _ => Second::Range,
    }
}

/// Reads a box after the house number (see [`number_group`]); returns the index after it.
fn box_part<'a>(input: &'a str, tokens: &[Token<'a>], i: usize, group: &mut Group<'a>) -> usize {
    // `12 (bus 3)`, `12 (app. 3)`: a box in brackets.
    let inner = i.saturating_add(1);
    if tokens.get(i).is_some_and(|t| t.is('('))
        && tokens
            .get(inner)
            .is_some_and(|t| is_box_marker(t) || t.is('#'))
    {
        let end = box_part(input, tokens, inner, group);
        let close = skip_punctuation(tokens, end, ".");
        if group.box_value.is_some() && tokens.get(close).is_some_and(|t| t.is(')')) {
            return close.saturating_add(1);
        }
        group.box_value = None;
        group.marker = None;
        return i;
    }
    // `12 achteraan bus 3`, `12 2de verdieping bus 3`: a remark before a marker is dropped.
    let remark = remark_run(tokens, i);
    let i = if (remark.words || remark.floor) && tokens.get(remark.end).is_some_and(is_box_marker) {
        remark.end
    } else {
        i
    };
    // `12 - bus 3`, `12/b 3`: a separator before a marker.
    let start = match tokens.get(i) {
        Some(t)
            if t.is_any("-–/") && tokens.get(i.saturating_add(1)).is_some_and(is_box_marker) =>
        {
            i.saturating_add(1)
        }
        _ => i,
    };
    let Some(token) = tokens.get(start) else {
        return i;
    };
    if is_box_marker(token) || token.is('#') {
        group.marker = box_marker(token).flatten();
        let mut value_at = skip_punctuation(tokens, start.saturating_add(1), ".:°");
        // `bus nr. 3`: a number prefix is skipped when a number follows; `bus N` is box `N`.
        if tokens
            .get(value_at)
            .is_some_and(|t| t.is_one_of(NUMBER_PREFIXES))
        {
            let after = skip_punctuation(tokens, value_at.saturating_add(1), ".:°");
            if tokens.get(after).is_some_and(Token::is_num) {
                value_at = after;
            }
        }
        return match value_run(input, tokens, value_at) {
            // `bus 3 A`, `bte 3 bis`: a letter or Latin ordinal after a number box is its
            // suffix, written glued (`3A`), as for a house number.
            Some((end, value))
                if value.bytes().all(|b| b.is_ascii_digit())
                    && tokens.get(end).is_some_and(|t| !t.glued)
                    && is_suffix(tokens, end) =>
            {
                let suffix = tokens.get(end).map(|t| t.text).unwrap_or_default();
                group.box_value = Some(BoxValue::Joined(value, suffix));
                end.saturating_add(1)
            }
            Some((end, value)) => {
                group.box_value = Some(BoxValue::AsWritten(value));
                end
            }
            None => value_at,
        };
    }
    if !token.glued && !is_floor_at(tokens, start) {
        if let Some((end, value)) = value_run(input, tokens, start) {
            let implicit = value.bytes().any(|b| b.is_ascii_digit()) || in_list(value, FLOOR_WORDS);
            if implicit && BoxNumber::parse(value).is_ok() {
                group.box_value = Some(BoxValue::AsWritten(value));
                return end;
            }
        }
    }
    i
}

/// A value written as one piece from `start`: a word or number and the letters, digits, `.`,
/// `/` and `-` glued to it (`0201`, `1.02`, `A02`, `RDC`). Returns the index after it and its
/// text; separators at its end are left out.
fn value_run<'a>(input: &'a str, tokens: &[Token<'a>], start: usize) -> Option<(usize, &'a str)> {
    let first = tokens.get(start).filter(|t| t.is_num() || t.is_word())?;
    let mut end = start.saturating_add(1);
    while let Some(token) = tokens.get(end) {
        if token.glued && (token.is_num() || token.is_word() || token.is_any("./-")) {
            end = end.saturating_add(1);
        } else {
            break;
        }
    }
    let mut last = end.saturating_sub(1);
    while last > start && tokens.get(last).is_some_and(|t| t.kind == Kind::Punct) {
        last = last.saturating_sub(1);
    }
    let last_token = tokens.get(last)?;
    let text = input.get(first.start..last_token.end())?;
    Some((last.saturating_add(1), text))
}

/// Skips punctuation tokens in `set` from `i`; returns the first index that is not one.
fn skip_punctuation(tokens: &[Token<'_>], mut i: usize, set: &str) -> usize {
    while tokens.get(i).is_some_and(|t| t.is_any(set)) {
        i = i.saturating_add(1);
    }
    i
}

/// Whether a token is a box marker.
fn is_box_marker(token: &Token<'_>) -> bool {
    box_marker(token).is_some()
}

/// The box marker a token is, as the language it tells (`bus` nl, `bte` fr, `pf` de, `box`
/// none).
fn box_marker(token: &Token<'_>) -> Option<Option<Language>> {
    if !token.is_word() {
        return None;
    }
    let text = token.text;
    let entry = if text.is_ascii() {
        BOX_MARKERS
            .iter()
            .find(|(m, _)| text.eq_ignore_ascii_case(m))
    } else {
        let lower = text.to_lowercase();
        BOX_MARKERS.iter().find(|(m, _)| *m == lower)
    };
    entry.map(|&(_, language)| language)
}

/// A month name, or a month name that is a street name (`Novemberstraat`): a number before it
/// belongs to the street name.
fn is_month(token: &Token<'_>) -> bool {
    if !token.is_word() {
        return false;
    }
    let lower = token.text.to_lowercase();
    MONTHS.iter().any(|m| {
        lower == *m
            || lower.strip_prefix(m).is_some_and(|rest| {
                DUTCH_STREET_ENDINGS.contains(&rest) || GERMAN_STREET_ENDINGS.contains(&rest)
            })
    })
}

// ---------------------------------------------------------------------------------------------
// 8. Language
// ---------------------------------------------------------------------------------------------

/// The language a street word tells: a French street type (`Rue`, `Avenue` …), a German
/// ending (`-straße`, `-platz`) or a Dutch ending (`-straat`, `-laan`, `-steenweg` …).
fn street_word_language(token: &Token<'_>) -> Option<Language> {
    if !token.is_word() {
        return None;
    }
    if token.is_one_of(FRENCH_STREET_WORDS) {
        return Some(Language::Fr);
    }
    if ends_with_any(token.text, GERMAN_STREET_ENDINGS) {
        return Some(Language::De);
    }
    if ends_with_any(token.text, DUTCH_STREET_ENDINGS) {
        return Some(Language::Nl);
    }
    None
}

/// The language of the address: the one its street words agree on (none when they disagree,
/// as in the bilingual `Rue Royale - Koningsstraat`), else the one its box or PO box marker
/// tells.
fn street_language(name: &[Token<'_>], marker: Option<Language>) -> Option<Language> {
    let mut found: Option<Language> = None;
    for token in name {
        if let Some(language) = street_word_language(token) {
            match found {
                Some(previous) if previous != language => return None,
                _ => found = Some(language),
            }
        }
    }
    found.or(marker)
}
