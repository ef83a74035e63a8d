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

/// A finite coordinate: mostly metres around Belgium and far outside it, sometimes any finite
/// `f64` at all.
fn any_metres() -> impl Strategy<Value = f64> {
    prop_oneof![
        -2e6f64..2e6,
        -1e12f64..1e12,
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        Just(0.0),
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN),
    ]
}

/// A `Wgs84` satisfies its own invariant: the constructor accepts its numbers and its JSON
/// reads back as the same value.
fn assert_valid_wgs84(p: Wgs84) -> Result<(), TestCaseError> {
    prop_assert!(
        (-180.0..=180.0).contains(&p.lon()) && (-90.0..=90.0).contains(&p.lat()),
        "{p:?}"
    );
    prop_assert_eq!(Wgs84::new(p.lon(), p.lat()), Ok(p));
    let json = serde_json::to_string(&p).unwrap();
    prop_assert_eq!(serde_json::from_str::<Wgs84>(&json).unwrap(), p);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 2048, ..ProptestConfig::default() })]

    /// Every conversion gives a valid position, whatever the (finite) input.
    #[test]
    fn conversions_always_give_valid_positions(x in any_metres(), y in any_metres()) {
        assert_valid_wgs84(Lambert2008::new(x, y).unwrap().to_wgs84())?;
        assert_valid_wgs84(Lambert72::new(x, y).unwrap().to_wgs84())?;
        let l72 = Lambert2008::new(x, y).unwrap().to_lambert72();
        prop_assert!(l72.x().is_finite() && l72.y().is_finite());
        let l08 = Lambert72::new(x, y).unwrap().to_lambert2008();
        prop_assert!(l08.x().is_finite() && l08.y().is_finite());
    }

    /// And from anywhere on earth, the Lambert results are finite.
    #[test]
    fn wgs84_converts_to_finite_lambert(lon in -180.0f64..=180.0, lat in -90.0f64..=90.0) {
        let p = Wgs84::new(lon, lat).unwrap();
        for (x, y) in [
            (p.to_lambert72().x(), p.to_lambert72().y()),
            (p.to_lambert2008().x(), p.to_lambert2008().y()),
        ] {
            prop_assert!(x.is_finite() && y.is_finite(), "{p:?}");
        }
        assert_valid_wgs84(p.to_lambert72().to_wgs84())?;
        assert_valid_wgs84(p.to_lambert2008().to_wgs84())?;
    }
}

#[test]
fn far_lambert_coordinates_give_a_longitude_in_range() {
    // The review's case: lon −228.4 before the longitude was normalised.
    let p = Lambert2008::new(-1.0, 1e8).unwrap().to_wgs84();
    assert!((-180.0..=180.0).contains(&p.lon()), "{p:?}");
    assert_eq!(Wgs84::new(p.lon(), p.lat()), Ok(p));
    // The same place one turn further is the same longitude.
    assert!((p.lon() - (-228.4 + 360.0)).abs() < 0.1, "{p:?}");
    for (x, y) in [
        (f64::MAX, f64::MIN),
        (0.0, -1e300),
        (1e15, 1e15),
        (649_328.0, 1e9),
    ] {
        for p in [
            Lambert2008::new(x, y).unwrap().to_wgs84(),
            Lambert72::new(x, y).unwrap().to_wgs84(),
        ] {
            assert_eq!(Wgs84::new(p.lon(), p.lat()), Ok(p), "{x} {y}");
        }
    }
    // Points at the poles and on the antimeridian stay where they are.
    for (lon, lat) in [(180.0, 0.0), (-180.0, 0.0), (4.35, 90.0), (4.35, -90.0)] {
        let p = Wgs84::new(lon, lat).unwrap();
        let back = p.to_lambert2008().to_wgs84();
        assert_eq!(Wgs84::new(back.lon(), back.lat()), Ok(back));
    }
}
