//! OpenStreetMap extracts (`.osm.pbf`, `.osm` XML) read into places, for a publisher building a
//! places pack (`werkmaat pack places --from-osm`). Behind the `osm-extract` feature, which only
//! the CLI enables: the mobile library never carries these readers.
//!
//! Every health object goes through the classifier the Overpass import uses (`osm::Collector`).
//! A way or relation has no position of its own: it gets the mean of its nodes' positions (a
//! relation: of its member nodes and its member ways' nodes). To keep memory bounded on a national
//! extract the file is read up to three times: first the health objects (with the node and way
//! ids the kept ways and relations name), then, if a relation names ways, those ways' nodes, then
//! the positions of just those nodes. Objects are handed to the classifier sorted by type and id,
//! so the same data gives the same places whichever format it came in.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    fs::File,
    io::{BufReader, Read},
    path::Path,
};

use super::{
    osm::{self, Classified, Collector, Element, ImportReport},
    places::Place,
};
use crate::{Error, InputProblem, Result};

mod pbf;
mod xml;

/// What an extract held.
#[derive(Debug, Clone, PartialEq)]
pub struct Extract {
    pub places: Vec<Place>,
    /// `skipped` and `skipped_by_reason` count the health objects not kept.
    pub report: ImportReport,
    /// When the extract's data was current, as the file says (RFC 3339), if it says.
    pub timestamp: Option<String>,
    /// The replication sequence number the extract was made at, if the file says.
    pub sequence: Option<i64>,
}

impl Extract {
    /// The attribution OpenStreetMap's licence asks for, with the extract's date where known.
    pub fn attribution(&self) -> String {
        let mut text = "Places: © OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright)".to_owned();
        if let Some(timestamp) = &self.timestamp {
            text.push_str(&format!(", data of {timestamp}"));
        }
        if let Some(sequence) = self.sequence {
            text.push_str(&format!(", replication sequence {sequence}"));
        }
        text
    }
}

/// The `amenity` values of health care an extract reader keeps for the classifier (with every
/// object tagged `healthcare`); everything else in an extract is not looked at, nor counted.
const HEALTH_AMENITIES: [&str; 5] = ["doctors", "dentist", "pharmacy", "hospital", "clinic"];

/// Whether an object is about health care at all: what `skipped` counts when it is not kept.
fn is_health<'a>(mut tags: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    tags.any(|(key, value)| {
        key == "healthcare" || (key == "amenity" && HEALTH_AMENITIES.contains(&value.to_ascii_lowercase().as_str()))
    })
}

/// The header facts of an extract.
#[derive(Debug, Default)]
struct Header {
    timestamp: Option<String>,
    sequence: Option<i64>,
}

/// A relation member, as far as positions care.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Member {
    Node(i64),
    Way(i64),
    Other,
}

/// What a pass over the file needs: the readers skip decoding the rest.
#[derive(Debug, Clone, Copy)]
struct Wants {
    node_tags: bool,
    ways: bool,
    relations: bool,
}

/// Receives the objects of one pass. Tags come as (key, value) pairs.
trait Visitor {
    fn node(&mut self, id: i64, lat: f64, lon: f64, tags: &[(&str, &str)]);
    fn way(&mut self, id: i64, refs: &[i64], tags: &[(&str, &str)]);
    fn relation(&mut self, id: i64, members: &[Member], tags: &[(&str, &str)]);
}

#[derive(Debug, Clone, Copy)]
enum Format {
    Pbf,
    Xml,
}

/// The problem every unreadable extract is: not an extract, damaged or cut off.
fn unreadable() -> Error {
    Error::invalid("file", InputProblem::OsmExtract)
}

/// Tells the format by the file's first bytes, not its name: a PBF file starts with the size of
/// its first block header and that header names an `OSMHeader` block; XML starts with `<`.
fn format(path: &Path) -> Result<Format> {
    let mut start = Vec::new();
    File::open(path)?.take(64).read_to_end(&mut start)?;
    if start.len() >= 15 && start[4] == 0x0a && start[5] == 9 && &start[6..15] == b"OSMHeader" {
        return Ok(Format::Pbf);
    }
    let text = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&start);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Ok(Format::Xml),
        _ => Err(unreadable()),
    }
}

fn scan(path: &Path, format: Format, wants: Wants, visitor: &mut dyn Visitor) -> Result<Header> {
    let reader = BufReader::with_capacity(1 << 20, File::open(path)?);
    match format {
        Format::Pbf => pbf::scan(reader, wants, visitor),
        Format::Xml => xml::scan(reader, wants, visitor),
    }
}

/// A health object waiting for its position.
struct Pending {
    element: Element,
    nodes: Vec<i64>,
    ways: Vec<i64>,
}

/// Pass 1: the health objects, with the ids a kept way or relation needs for its position.
#[derive(Default)]
struct HealthObjects {
    found: Vec<Pending>,
}

impl HealthObjects {
    fn add(&mut self, kind: &'static str, id: i64, position: Option<(f64, f64)>, tags: &[(&str, &str)]) -> bool {
        if !is_health(tags.iter().copied()) {
            return false;
        }
        let tags: BTreeMap<String, String> = tags.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let kept = matches!(osm::classify(&tags), Classified::Keep(_));
        self.found.push(Pending { element: Element { kind, id, position, tags }, nodes: Vec::new(), ways: Vec::new() });
        kept
    }
}

impl Visitor for HealthObjects {
    fn node(&mut self, id: i64, lat: f64, lon: f64, tags: &[(&str, &str)]) {
        self.add("node", id, Some((lat, lon)), tags);
    }

    fn way(&mut self, id: i64, refs: &[i64], tags: &[(&str, &str)]) {
        if self.add("way", id, None, tags)
            && let Some(pending) = self.found.last_mut()
        {
            pending.nodes = refs.to_vec();
        }
    }

    fn relation(&mut self, id: i64, members: &[Member], tags: &[(&str, &str)]) {
        if self.add("relation", id, None, tags)
            && let Some(pending) = self.found.last_mut()
        {
            for member in members {
                match *member {
                    Member::Node(id) => pending.nodes.push(id),
                    Member::Way(id) => pending.ways.push(id),
                    Member::Other => {}
                }
            }
        }
    }
}

/// Pass 2: the nodes of the ways that kept relations name.
struct WayNodes {
    wanted: HashSet<i64>,
    found: HashMap<i64, Vec<i64>>,
}

impl Visitor for WayNodes {
    fn node(&mut self, _: i64, _: f64, _: f64, _: &[(&str, &str)]) {}

    fn way(&mut self, id: i64, refs: &[i64], _: &[(&str, &str)]) {
        if self.wanted.contains(&id) {
            self.found.insert(id, refs.to_vec());
        }
    }

    fn relation(&mut self, _: i64, _: &[Member], _: &[(&str, &str)]) {}
}

/// Pass 3: the positions of the nodes kept ways and relations are drawn with.
struct NodePositions {
    found: HashMap<i64, (f64, f64)>,
}

impl Visitor for NodePositions {
    fn node(&mut self, id: i64, lat: f64, lon: f64, _: &[(&str, &str)]) {
        if let Some(position) = self.found.get_mut(&id) {
            *position = (lat, lon);
        }
    }

    fn way(&mut self, _: i64, _: &[i64], _: &[(&str, &str)]) {}

    fn relation(&mut self, _: i64, _: &[Member], _: &[(&str, &str)]) {}
}

/// The mean position of the nodes found, each node once (a closed way repeats its first node).
fn centroid<'a>(nodes: impl Iterator<Item = &'a i64>, positions: &HashMap<i64, (f64, f64)>) -> Option<(f64, f64)> {
    let mut seen = HashSet::new();
    let (mut lat, mut lon, mut count) = (0.0, 0.0, 0usize);
    for (la, lo) in nodes.filter(|id| seen.insert(**id)).filter_map(|id| positions.get(id)) {
        if la.is_finite() && lo.is_finite() {
            (lat, lon, count) = (lat + la, lon + lo, count + 1);
        }
    }
    (count > 0).then(|| (lat / count as f64, lon / count as f64))
}

/// Reads an extract into places. `today` (`YYYY-MM-DD`) dates the places when the file carries no
/// date of its own. A file that is not an extract, or is damaged or cut off, gives
/// `invalid-osm-extract` about `file`.
pub fn read(path: &Path, today: &str) -> Result<Extract> {
    let format = format(path)?;
    let all = Wants { node_tags: true, ways: true, relations: true };
    let mut health = HealthObjects::default();
    let header = scan(path, format, all, &mut health)?;
    let mut pending = health.found;

    let wanted_ways: HashSet<i64> = pending.iter().flat_map(|p| p.ways.iter().copied()).collect();
    let mut way_nodes = WayNodes { wanted: wanted_ways, found: HashMap::new() };
    if !way_nodes.wanted.is_empty() {
        scan(path, format, Wants { node_tags: false, ways: true, relations: false }, &mut way_nodes)?;
    }
    let node_ids = pending
        .iter()
        .flat_map(|p| p.nodes.iter().chain(p.ways.iter().filter_map(|w| way_nodes.found.get(w)).flatten()));
    // NaN marks a node not (yet) found.
    let mut positions = NodePositions { found: node_ids.map(|id| (*id, (f64::NAN, f64::NAN))).collect() };
    if !positions.found.is_empty() {
        scan(path, format, Wants { node_tags: false, ways: false, relations: false }, &mut positions)?;
    }
    for p in pending.iter_mut().filter(|p| p.element.position.is_none()) {
        let members = p.ways.iter().filter_map(|w| way_nodes.found.get(w)).flatten();
        p.element.position = centroid(p.nodes.iter().chain(members), &positions.found);
    }

    let rank = |kind: &str| match kind {
        "node" => 0,
        "way" => 1,
        _ => 2,
    };
    pending.sort_by_key(|p| (rank(p.element.kind), p.element.id));
    let day = header
        .timestamp
        .as_deref()
        .and_then(|t| t.get(..10))
        .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
        .unwrap_or(today);
    let mut collector = Collector::new(day);
    // Each object's tags are freed once it is classified.
    for p in pending {
        collector.add(&p.element);
    }
    let (places, mut report) = collector.finish();
    report.imported = places.len();
    Ok(Extract { places, report, timestamp: header.timestamp, sequence: header.sequence })
}

/// The `places` part as a pack carries it. The places are typed, not `serde_json::Value`s: a
/// national extract's tens of thousands of places would take several times the memory as maps.
#[derive(serde::Deserialize, serde::Serialize)]
struct PlacesPart {
    attributions: Vec<String>,
    postcodes: serde_json::Value,
    places: Vec<Place>,
}

/// The `places` part of a pack: the places part given (the bundled one: its postcodes, curated
/// posts and emergency departments) with the extract's places added and its attribution, so a
/// shell shows it with the places.
pub fn places_part(base: &[u8], extract: Extract) -> Result<Vec<u8>> {
    let mut part: PlacesPart = serde_json::from_slice(base).map_err(|_| Error::Content { part: "places" })?;
    part.attributions.push(extract.attribution());
    part.places.extend(extract.places);
    Ok(serde_json::to_vec(&part)?)
}

#[cfg(test)]
mod tests;
