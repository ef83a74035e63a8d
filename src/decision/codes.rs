//! The code lists (*codelijsten*) that decision records refer to, as enums of SKOS concepts.
//!
//! The tables of the published code lists are in `codes_data.rs`, which
//! `scripts/gen_decision_codes.py` generates from the Turtle files of OSLO/LBLOD "lokale
//! besluiten"; [`AgendapuntType`] is written here by hand, because its concepts are in no
//! published code list. Every enum reads and writes a concept as its IRI, exactly as the code
//! list writes it: `http` or `https`, case included.

/// Writes a code-list enum from a table of concepts `Variant = (IRI, label, deprecated)`:
/// `ALL`, `iri()`, `label()`, `is_deprecated()`; `FromStr` reading exactly the IRI (the one parse
/// path, which deserialisation also takes); `Display` and serialisation as the IRI; and a JSON
/// Schema whose `enum` lists the IRIs. `list` names the code list in the schema's description.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $ty:ident, title: $title:literal, description: $description:literal, list: $list:literal {
            $(
                $(#[doc = $vdoc:literal])*
                $variant:ident = ($iri:literal, $label:literal, $deprecated:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[doc = $vdoc])* $variant ),+
        }

        impl $ty {
            /// Every concept of the code list, deprecated ones included, ordered by label.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::decision::", stringify!($ty), ";\n\n",
                "assert!(!", stringify!($ty), "::ALL.is_empty());\n",
                "assert!(", stringify!($ty), "::ALL.windows(2).all(|pair| pair[0] < pair[1]));\n```"
            )]
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The concept's IRI, exactly as the code list writes it (`http` or `https`): what
            /// `Display` and serde write and what `FromStr` reads.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::decision::", stringify!($ty), ";\n\n",
                "for code in ", stringify!($ty), "::ALL {\n",
                "    assert_eq!(code.iri().parse::<", stringify!($ty), ">(), Ok(*code));\n",
                "    assert_eq!(code.to_string(), code.iri());\n}\n```"
            )]
            pub const fn iri(self) -> &'static str {
                match self {
                    $( $ty::$variant => $iri ),+
                }
            }

            /// The concept's label (`skos:prefLabel`, Dutch), verbatim. Labels are for people:
            /// they are not unique and may change, so they are never parsed.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::decision::", stringify!($ty), ";\n\n",
                "for code in ", stringify!($ty), "::ALL {\n",
                "    assert!(!code.label().trim().is_empty());\n",
                "    assert!(code.label().parse::<", stringify!($ty), ">().is_err());\n}\n```"
            )]
            pub const fn label(self) -> &'static str {
                match self {
                    $( $ty::$variant => $label ),+
                }
            }

            /// Whether the code list marks the concept as deprecated (`owl:deprecated true`). A
            /// deprecated concept is still read, for older data, but new data should not use it.
            ///
            #[doc = concat!(
                "```\nuse bouwstenen::decision::", stringify!($ty), ";\n\n",
                "let active = ", stringify!($ty), "::ALL.iter().filter(|code| !code.is_deprecated());\n",
                "assert!(active.count() > 0);\n```"
            )]
            pub const fn is_deprecated(self) -> bool {
                match self {
                    $( $ty::$variant => $deprecated ),+
                }
            }
        }

        impl ::core::fmt::Display for $ty {
            /// The concept's IRI.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.iri())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::decision::DecisionError;

            /// Exactly a concept's IRI: no other case, no surrounding whitespace, no label.
            fn from_str(s: &str) -> Result<Self, $crate::decision::DecisionError> {
                match s {
                    $( $iri => Ok($ty::$variant), )+
                    _ => Err($crate::decision::DecisionError::Code),
                }
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.iri())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(|_| {
                    serde::de::Error::invalid_value(
                        serde::de::Unexpected::Str(&text),
                        &concat!("a concept IRI of ", $list),
                    )
                })
            }
        }

        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!("bouwstenen::decision::", stringify!($ty)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": concat!(
                        $description,
                        " Written and read as a concept IRI of ", $list,
                        ", character for character (http or https included)."
                    ),
                    "type": "string",
                    "enum": [$($iri),+],
                })
            }
        }
    };
}

pub(super) use code_list;

code_list! {
    /// The type of an agenda item (`besluit:Agendapunt.type`): planned, added to the agenda
    /// later, or urgent.
    ///
    /// **Not from a published code list.** The application profile requires at least one type
    /// per agenda item but publishes no code list for it; these are the concepts that LBLOD
    /// tools use, under `http://lblod.data.gift/concepts/`. *gepland* (planned) is in real
    /// publications and in the shared golden example; *aanvullend* (added) is in the example
    /// agenda of LBLOD's `lib-decision-shapes`, with that label; *spoedeisend* (urgent) comes
    /// only from the source code of Gelinkt Notuleren, so its IRI and the labels *gepland* and
    /// *spoedeisend* are not confirmed by a published file.
    ///
    /// ```
    /// use bouwstenen::decision::AgendapuntType;
    ///
    /// let iri = "http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0";
    /// let kind: AgendapuntType = iri.parse()?;
    /// assert_eq!(kind, AgendapuntType::Gepland);
    /// assert_eq!(kind.label(), "gepland");
    /// assert_eq!(kind.to_string(), iri);
    /// assert_eq!(serde_json::to_value(kind).unwrap(), iri);
    /// // The IRI exactly: not https, not the label.
    /// assert!(iri.replace("http:", "https:").parse::<AgendapuntType>().is_err());
    /// assert!("gepland".parse::<AgendapuntType>().is_err());
    /// # Ok::<(), bouwstenen::decision::DecisionError>(())
    /// ```
    AgendapuntType, title: "Agenda item type",
    description: "The type of an agenda item (besluit:Agendapunt.type): planned, added or urgent; LBLOD's concepts, not a published code list.",
    list: "LBLOD's agenda item types (http://lblod.data.gift/concepts/)" {
        /// aanvullend: added to the agenda after it was sent (a supplementary item).
        ///
        /// `http://lblod.data.gift/concepts/b122db75-fd93-4f03-b57a-2a9269289782`
        Aanvullend = ("http://lblod.data.gift/concepts/b122db75-fd93-4f03-b57a-2a9269289782", "aanvullend", false),
        /// gepland: on the agenda as it was sent (planned).
        ///
        /// `http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0`
        Gepland = ("http://lblod.data.gift/concepts/bdf68a65-ce15-42c8-ae1b-19eeb39e20d0", "gepland", false),
        /// spoedeisend: urgent, added at the session itself. From Gelinkt Notuleren's source
        /// code only; verify before relying on it.
        ///
        /// `http://lblod.data.gift/concepts/8c143571-175c-4d13-acaa-9f471180a8c9`
        Spoedeisend = ("http://lblod.data.gift/concepts/8c143571-175c-4d13-acaa-9f471180a8c9", "spoedeisend", false),
    }
}
