#![no_main]

//! The address parts: house numbers, box numbers and postcodes. Whatever parses must print a
//! form that parses to the same value, through `FromStr` and through serde.

use bouwstenen::address::{BoxNumber, HouseNumber, Postcode};

fn roundtrip<T>(input: &str)
where
    T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug + serde::Serialize,
    T: serde::de::DeserializeOwned,
{
    if let Ok(value) = input.parse::<T>() {
        let text = value.to_string();
        let again: T = text.parse().ok().expect("the printed form parses");
        assert_eq!(again, value, "round trip of {input:?}");
        let json = serde_json::to_string(&value).expect("serialises");
        let back: T = serde_json::from_str(&json).expect("serde round trip");
        assert_eq!(back, value);
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    roundtrip::<HouseNumber>(input);
    roundtrip::<BoxNumber>(input);
    roundtrip::<Postcode>(input);
    if let Ok(number) = input.parse::<HouseNumber>() {
        // The accessors agree with the printed form.
        assert!(number.to_string().starts_with(&number.number().to_string()));
        assert_eq!(number.is_range(), number.range_end().is_some());
    }
});
