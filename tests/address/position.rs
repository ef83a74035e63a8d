//! Addresses: positions and their conversions.

use bouwstenen::address::{Lambert72, Lambert2008, PositionError, Wgs84};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Converting to Lambert and back returns the point within 1 mm, anywhere in and around
    /// Belgium.
    #[test]
    fn lambert_round_trips_within_a_millimetre(lon in 2.3f64..6.6, lat in 49.3f64..51.7) {
        let p = Wgs84::new(lon, lat).unwrap();
        // 1 mm is about 9e-9 degrees of latitude and 1.4e-8 degrees of longitude here.
        let l08 = p.to_lambert2008();
        let back = l08.to_wgs84();
        prop_assert!((back.lon() - lon).abs() < 1e-8 && (back.lat() - lat).abs() < 1e-8);
        let l72 = p.to_lambert72();
        let again = l72.to_wgs84().to_lambert72();
        prop_assert!((again.x() - l72.x()).hypot(again.y() - l72.y()) < 0.001);
        let via = l72.to_lambert2008();
        prop_assert!((via.x() - l08.x()).hypot(via.y() - l08.y()) < 0.001);
        // Lambert 2008 minus Lambert 72 is about 500 km each way, but never exactly.
        prop_assert!(((l08.x() - l72.x()) - 500_000.0).abs() < 25.0);
    }
}

#[test]
fn projection_origins_are_exact() {
    let origin08 = Wgs84::new(4.359_215_833_333_33, 50.797_815)
        .unwrap()
        .to_lambert2008();
    assert!((origin08.x() - 649_328.0).abs() < 1e-6 && (origin08.y() - 665_262.0).abs() < 1e-6);
}

#[test]
fn positions_reject_what_is_not_a_position() {
    assert_eq!(Wgs84::new(4.35, -90.5), Err(PositionError::Range));
    assert_eq!(
        Wgs84::new(f64::INFINITY, 50.0),
        Err(PositionError::NotFinite)
    );
    assert_eq!(Lambert72::new(0.0, f64::NAN), Err(PositionError::NotFinite));
    assert!(serde_json::from_str::<Wgs84>(r#"{"lon": 4.35, "lat": 95}"#).is_err());
    assert!(serde_json::from_str::<Lambert2008>(r#"{"x": 1, "y": 2, "z": 3}"#).is_err());
    let p: Lambert72 = serde_json::from_str(r#"{"x": 148855.42, "y": 170699.68}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"x":148855.42,"y":170699.68}"#
    );
}
