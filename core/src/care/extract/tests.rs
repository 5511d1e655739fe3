//! The extract reader on the real Nieuwegein fixture and on made-up ways and relations, as `.osm`
//! XML and as `.osm.pbf` converted by osmium (Debian's `osmium-tool`: the reference writer).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::path::Path;

use super::*;
use crate::{InputProblem, care::PlaceKind};

#[path = "../../../tests/support/osmium.rs"]
mod osmium;

#[test]
fn the_nieuwegein_fixture_keeps_the_named_pharmacy_and_the_post() {
    let extract = read(&osmium::fixture(), "2026-12-07").unwrap();
    let names: Vec<(&str, PlaceKind)> = extract.places.iter().map(|p| (p.name.as_str(), p.kind)).collect();
    assert_eq!(names, [("De Roerdomp", PlaceKind::Pharmacy), ("Huisartsenpost de Poort", PlaceKind::GpPost)]);
    assert_eq!(extract.places[0].id, "osm-node-1860310572");
    assert_eq!((extract.places[0].lat, extract.places[0].lon), (52.0212528, 5.0739352));
    // Two pharmacies have no name; `healthcare=MOvactor` is no kind of care the finder knows.
    assert_eq!(extract.report.skipped, 3);
    assert_eq!(extract.report.skipped_by_reason, BTreeMap::from([("no_name".into(), 2), ("not_care".into(), 1)]));
    assert_eq!(extract.report.imported, 2);
    // The file carries no date of its own: the places are dated the day they were read.
    assert_eq!((extract.timestamp.as_deref(), extract.places[0].verified_on.as_str()), (None, "2026-12-07"));
}

#[test]
fn the_fixture_as_pbf_gives_the_same_places_and_carries_the_extracts_date() {
    let dir = tempfile::tempdir().unwrap();
    let header = ["--output-header=osmosis_replication_timestamp=2026-11-30T21:00:00Z"];
    let Some(pbf) = osmium::cat(&osmium::fixture(), &dir.path().join("n.osm.pbf"), &header) else { return };
    let from_xml = read(&osmium::fixture(), "2026-12-07").unwrap();
    let from_pbf = read(&pbf, "2026-12-07").unwrap();
    assert_eq!(from_pbf.timestamp.as_deref(), Some("2026-11-30T21:00:00Z"));
    assert!(from_pbf.attribution().contains("ODbL 1.0") && from_pbf.attribution().contains("2026-11-30T21:00:00Z"));
    assert_eq!(from_pbf.report, from_xml.report);
    for (a, b) in from_pbf.places.iter().zip(&from_xml.places) {
        assert_eq!((&a.id, &a.name, a.kind), (&b.id, &b.name, b.kind));
        assert!((a.lat - b.lat).abs() < 1e-7 && (a.lon - b.lon).abs() < 1e-7, "{a:?} {b:?}");
        // Dated by the extract, not by the day it was read.
        assert_eq!(a.verified_on, "2026-11-30");
    }
    assert_eq!(from_pbf.places.len(), from_xml.places.len());
}

/// A hospital drawn as a closed way, a GP practice as a multipolygon relation (one outer way), a
/// dentist's way and a practice drawn twice (point and building).
const SHAPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test" timestamp="2026-10-01T00:00:00Z">
  <node id="1" lat="52.00" lon="5.00"/>
  <node id="2" lat="52.00" lon="5.02"/>
  <node id="3" lat="52.02" lon="5.02"/>
  <node id="4" lat="52.02" lon="5.00"/>
  <node id="5" lat="51.50" lon="4.50"/>
  <node id="6" lat="51.50" lon="4.52"/>
  <node id="7" lat="51.52" lon="4.51"/>
  <node id="8" lat="51.9000" lon="5.3000">
    <tag k="amenity" v="doctors"/>
    <tag k="name" v="Praktijk &amp; Co"/>
  </node>
  <node id="9" lat="51.9002" lon="5.3002"/>
  <node id="10" lat="51.9002" lon="5.3000"/>
  <node id="11" lat="40.0" lon="3.0">
    <tag k="shop" v="bakery"/>
    <tag k="name" v="Not health"/>
  </node>
  <way id="100">
    <nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
    <tag k="amenity" v="hospital"/>
    <tag k="emergency" v="yes"/>
    <tag k="name" v="Ziekenhuis Vierkant"/>
  </way>
  <way id="101">
    <nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="5"/>
  </way>
  <way id="102">
    <nd ref="8"/><nd ref="9"/><nd ref="10"/><nd ref="8"/>
    <tag k="amenity" v="doctors"/>
    <tag k="name" v="Praktijk &amp; Co"/>
  </way>
  <way id="103">
    <nd ref="1"/><nd ref="2"/>
    <tag k="amenity" v="dentist"/>
    <tag k="name" v="Tandarts"/>
  </way>
  <relation id="200">
    <member type="way" ref="101" role="outer"/>
    <tag k="type" v="multipolygon"/>
    <tag k="healthcare" v="doctor"/>
    <tag k="name" v="Gezondheidscentrum Driehoek"/>
  </relation>
</osm>
"#;

#[test]
fn ways_and_relations_stand_at_the_mean_of_their_nodes_in_both_formats() {
    let dir = tempfile::tempdir().unwrap();
    let xml = dir.path().join("shapes.osm");
    std::fs::write(&xml, SHAPES).unwrap();
    let mut files = vec![xml.clone()];
    files.extend(osmium::cat(&xml, &dir.path().join("shapes.osm.pbf"), &[]));
    let mut results = Vec::new();
    for file in &files {
        let extract = read(file, "2026-12-07").unwrap();
        let by_id = |id: &str| extract.places.iter().find(|p| p.id == id).unwrap().clone();
        let hospital = by_id("osm-way-100");
        assert_eq!(hospital.kind, PlaceKind::Emergency);
        assert!((hospital.lat - 52.01).abs() < 1e-9 && (hospital.lon - 5.01).abs() < 1e-9, "{hospital:?}");
        let centre = by_id("osm-relation-200");
        assert_eq!(centre.kind, PlaceKind::Gp);
        assert!(
            (centre.lat - (51.50 + 51.50 + 51.52) / 3.0).abs() < 1e-9 && (centre.lon - 4.51).abs() < 1e-9,
            "{centre:?}"
        );
        // The practice's point comes first (nodes before ways); its building is the duplicate.
        assert_eq!(by_id("osm-node-8").name, "Praktijk & Co");
        assert_eq!(extract.places.len(), 3, "{:?}", extract.places);
        assert_eq!(
            extract.report.skipped_by_reason,
            BTreeMap::from([("dentist".into(), 1), ("duplicate".into(), 1)]),
            "{file:?}"
        );
        results.push(extract.places.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    }
    results.dedup();
    assert_eq!(results.len(), 1, "both formats give the same places");
}

#[test]
fn the_format_is_told_by_content_not_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let Some(pbf) = osmium::cat(&osmium::fixture(), &dir.path().join("n.osm.pbf"), &[]) else { return };
    let misnamed = dir.path().join("extract.osm");
    std::fs::copy(&pbf, &misnamed).unwrap();
    assert_eq!(read(&misnamed, "2026-12-07").unwrap().places.len(), 2);
    let xml_named_pbf = dir.path().join("extract.osm.pbf");
    std::fs::copy(osmium::fixture(), &xml_named_pbf).unwrap();
    assert_eq!(read(&xml_named_pbf, "2026-12-07").unwrap().places.len(), 2);
}

fn refused(path: &Path) -> bool {
    matches!(read(path, "2026-12-07"), Err(Error::InvalidInput { field: "file", problem: InputProblem::OsmExtract }))
}

#[test]
fn garbage_empty_cut_off_and_foreign_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    assert!(refused(&write("empty.osm", b"")));
    assert!(refused(&write("garbage.osm.pbf", &[0x17u8; 4096])));
    assert!(refused(&write("text.osm", b"just some text")));
    assert!(refused(&write("other.xml", b"<?xml version=\"1.0\"?><gpx><wpt lat=\"1\" lon=\"2\"/></gpx>")));
    let xml = std::fs::read(osmium::fixture()).unwrap();
    for cut in [xml.len() / 2, xml.len() - 8] {
        assert!(refused(&write("cut.osm", &xml[..cut])), "XML cut at {cut}");
    }
    assert!(refused(&write("bad-number.osm", br#"<osm version="0.6"><node id="x" lat="1" lon="2"/></osm>"#)));
    assert!(refused(&write("two-roots.osm", br#"<osm version="0.6"></osm><osm version="0.6"></osm>"#)));
    assert!(matches!(read(&dir.path().join("missing.osm"), "2026-12-07"), Err(Error::Io(_))));

    let Some(pbf) = osmium::cat(&osmium::fixture(), &dir.path().join("n.osm.pbf"), &[]) else { return };
    let bytes = std::fs::read(&pbf).unwrap();
    for cut in [20, bytes.len() / 2, bytes.len() - 1] {
        assert!(refused(&write("cut.osm.pbf", &bytes[..cut])), "PBF cut at {cut} of {}", bytes.len());
    }
    let mut flipped = bytes;
    let last = flipped.len() - 3;
    flipped[last] ^= 0xff;
    assert!(refused(&write("flipped.osm.pbf", &flipped)));
}

#[test]
fn a_places_part_keeps_the_bundled_places_and_adds_the_extracts_with_their_attribution() {
    let extract = read(&osmium::fixture(), "2026-12-07").unwrap();
    let bundled = crate::content::Content::bundled().unwrap();
    let base = bundled.raw_part("places").unwrap();
    let part = places_part(base, extract).unwrap();
    let care = crate::care::CareData::from_json(std::str::from_utf8(&part).unwrap()).unwrap();
    let before = bundled.care().unwrap();
    assert_eq!(care.places.len(), before.places.len() + 2);
    assert_eq!(care.postcodes.len(), before.postcodes.len());
    assert!(care.attributions.iter().any(|a| a.contains("© OpenStreetMap contributors, ODbL 1.0")));
    assert!(care.places.iter().any(|p| p.id == "osm-node-4327315490"));
}

mod fuzz {
    use proptest::prelude::*;

    use super::*;

    /// Writes `bytes` to a fresh file and reads it as an extract.
    fn read_bytes(bytes: &[u8]) -> Result<Extract> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("extract");
        std::fs::write(&path, bytes).unwrap();
        read(&path, "2026-12-07")
    }

    /// The start of a real PBF file: the block header of an `OSMHeader` block.
    const PBF_START: &[u8] = b"\0\0\0\x0d\x0a\x09OSMHeader";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn arbitrary_bytes_after_a_pbf_start_never_panic_or_give_places(tail in prop::collection::vec(any::<u8>(), 0..2048)) {
            let mut bytes = PBF_START.to_vec();
            bytes.extend(tail);
            if let Ok(extract) = read_bytes(&bytes) {
                prop_assert!(extract.places.is_empty());
            }
        }

        #[test]
        fn arbitrary_osm_xml_never_panics_and_kept_places_are_valid(
            objects in prop::collection::vec(
                (0u8..3, any::<i32>(), -100.0f64..100.0, -200.0f64..200.0,
                 prop::sample::select(vec!["amenity", "healthcare", "name", "emergency", "k\"", "&"]),
                 "[a-z&<>\"' ]{0,12}", prop::collection::vec(any::<i32>(), 0..4)),
                0..12,
            ),
            cut in any::<prop::sample::Index>(),
        ) {
            let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
            let mut xml = String::from("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n");
            for (kind, id, lat, lon, key, value, refs) in &objects {
                let tag = format!("<tag k=\"{}\" v=\"{}\"/>", escape(key), escape(value));
                let refs: String = refs.iter().map(|r| format!("<nd ref=\"{r}\"/><member type=\"node\" ref=\"{r}\"/>")).collect();
                xml.push_str(&match kind {
                    0 => format!("<node id=\"{id}\" lat=\"{lat}\" lon=\"{lon}\">{tag}</node>\n"),
                    1 => format!("<way id=\"{id}\">{refs}{tag}</way>\n"),
                    _ => format!("<relation id=\"{id}\">{refs}{tag}</relation>\n"),
                });
            }
            xml.push_str("</osm>\n");
            if let Ok(extract) = read_bytes(xml.as_bytes()) {
                for place in extract.places {
                    prop_assert!((-90.0..=90.0).contains(&place.lat) && (-180.0..=180.0).contains(&place.lon));
                }
            }
            // Cut anywhere before its end, the document is refused.
            let cut = cut.index(xml.len() - 8);
            prop_assert!(read_bytes(&xml.as_bytes()[..cut]).is_err());
        }
    }
}
