//! The `.osm` XML reader: quick-xml events, one object at a time. The file must be one whole
//! `<osm>` document: a file cut off before `</osm>` is refused, not read in part.

use std::io::BufRead;

use quick_xml::{
    XmlVersion,
    events::{BytesStart, Event},
    reader::Reader,
};

use super::{Header, Member, Visitor, Wants, unreadable};
use crate::Result;

/// The object being read, until its end tag.
#[derive(Default)]
struct Open {
    kind: Kind,
    id: i64,
    position: Option<(f64, f64)>,
    /// Deleted (`action="delete"`, as JOSM saves) or not visible (history files): read past.
    gone: bool,
    tags: Vec<(String, String)>,
    refs: Vec<i64>,
    members: Vec<Member>,
}

#[derive(Default, Clone, Copy, PartialEq)]
enum Kind {
    #[default]
    None,
    Node,
    Way,
    Relation,
}

/// The attributes of an element, by name, as text (entities resolved).
fn attributes(element: &BytesStart<'_>) -> Result<Vec<(Vec<u8>, String)>> {
    element
        .attributes()
        .map(|attribute| {
            let attribute = attribute.map_err(|_| unreadable())?;
            let value = attribute.normalized_value(XmlVersion::Implicit1_0).map_err(|_| unreadable())?;
            Ok((attribute.key.as_ref().to_vec(), value.into_owned()))
        })
        .collect()
}

fn get<'a>(attributes: &'a [(Vec<u8>, String)], name: &[u8]) -> Option<&'a str> {
    attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
}

fn number<T: std::str::FromStr>(attributes: &[(Vec<u8>, String)], name: &[u8]) -> Result<T> {
    get(attributes, name).and_then(|v| v.trim().parse().ok()).ok_or_else(unreadable)
}

pub(super) fn scan(reader: impl BufRead, wants: Wants, visitor: &mut dyn Visitor) -> Result<Header> {
    let mut reader = Reader::from_reader(reader);
    let mut buf = Vec::new();
    let mut header = Header::default();
    let (mut in_osm, mut closed) = (false, false);
    let mut open = Open::default();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|_| unreadable())?;
        let (element, is_empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(element) = element {
            let name = element.name().as_ref().to_vec();
            if !in_osm {
                // The root must be `<osm>`; anything after it closed is not part of an extract.
                if name != b"osm" || closed {
                    return Err(unreadable());
                }
                let attrs = attributes(element)?;
                header.timestamp = get(&attrs, b"timestamp").map(str::to_owned);
                in_osm = !is_empty;
                closed = is_empty;
            } else {
                start(&name, element, &mut open, &mut header)?;
                if is_empty {
                    end(&name, &mut open, wants, visitor);
                }
            }
        }
        match event {
            Event::End(e) if e.name().as_ref() == b"osm" => {
                (in_osm, closed) = (false, true);
            }
            Event::End(e) => end(e.name().as_ref(), &mut open, wants, visitor),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if closed { Ok(header) } else { Err(unreadable()) }
}

/// An element starts inside `<osm>`.
fn start(name: &[u8], element: &BytesStart<'_>, open: &mut Open, header: &mut Header) -> Result<()> {
    let kind = match name {
        b"node" => Kind::Node,
        b"way" => Kind::Way,
        b"relation" => Kind::Relation,
        _ => Kind::None,
    };
    if kind != Kind::None {
        let attrs = attributes(element)?;
        let position = match kind {
            Kind::Node if get(&attrs, b"lat").is_some() => Some((number(&attrs, b"lat")?, number(&attrs, b"lon")?)),
            _ => None,
        };
        let gone = get(&attrs, b"action") == Some("delete") || get(&attrs, b"visible") == Some("false");
        *open = Open { kind, id: number(&attrs, b"id")?, position, gone, ..Open::default() };
        return Ok(());
    }
    match name {
        b"tag" if open.kind != Kind::None => {
            let attrs = attributes(element)?;
            let (Some(key), Some(value)) = (get(&attrs, b"k"), get(&attrs, b"v")) else {
                return Err(unreadable());
            };
            open.tags.push((key.to_owned(), value.to_owned()));
        }
        b"nd" if open.kind == Kind::Way => open.refs.push(number(&attributes(element)?, b"ref")?),
        b"member" if open.kind == Kind::Relation => {
            let attrs = attributes(element)?;
            let id = number(&attrs, b"ref")?;
            open.members.push(match get(&attrs, b"type") {
                Some("node") => Member::Node(id),
                Some("way") => Member::Way(id),
                _ => Member::Other,
            });
        }
        // Overpass's XML names the data's date here.
        b"meta" => {
            if let Some(base) = get(&attributes(element)?, b"osm_base") {
                header.timestamp = Some(base.to_owned());
            }
        }
        _ => {}
    }
    Ok(())
}

/// An element ends: a whole object goes to the visitor.
fn end(name: &[u8], open: &mut Open, wants: Wants, visitor: &mut dyn Visitor) {
    let kind = match name {
        b"node" => Kind::Node,
        b"way" => Kind::Way,
        b"relation" => Kind::Relation,
        _ => return,
    };
    if kind != open.kind {
        return;
    }
    let object = std::mem::take(open);
    if object.gone {
        return;
    }
    let tags: Vec<(&str, &str)> = object.tags.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    match kind {
        Kind::Node => {
            // A node without a position is only in change files; it cannot be placed.
            if let Some((lat, lon)) = object.position {
                visitor.node(object.id, lat, lon, &tags);
            }
        }
        Kind::Way if wants.ways => visitor.way(object.id, &object.refs, &tags),
        Kind::Relation if wants.relations => visitor.relation(object.id, &object.members, &tags),
        _ => {}
    }
}
