//! The `.osm.pbf` reader: osmpbf's blobs, decoded one at a time on this thread.

use std::{
    io::Read,
    panic::{self, AssertUnwindSafe},
};

use osmpbf::{BlobDecode, BlobReader, RelMemberType};

use super::{Header, Member, Visitor, Wants, unreadable};
use crate::Result;

/// Reads every block, handing the objects `wants` asks for to `visitor`. osmpbf panics on some
/// malformed input (an unknown relation member type), so a panic is taken as a damaged file.
pub(super) fn scan(reader: impl Read + Send, wants: Wants, visitor: &mut dyn Visitor) -> Result<Header> {
    panic::catch_unwind(AssertUnwindSafe(|| read_blobs(reader, wants, visitor))).unwrap_or_else(|_| Err(unreadable()))
}

fn read_blobs(reader: impl Read + Send, wants: Wants, visitor: &mut dyn Visitor) -> Result<Header> {
    let mut header = None;
    let (mut refs, mut members): (Vec<i64>, Vec<Member>) = (Vec::new(), Vec::new());
    for blob in BlobReader::new(reader) {
        let blob = blob.map_err(|_| unreadable())?;
        match blob.decode().map_err(|_| unreadable())? {
            BlobDecode::OsmHeader(block) => {
                let timestamp = block
                    .osmosis_replication_timestamp()
                    .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
                    .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
                header = Some(Header { timestamp, sequence: block.osmosis_replication_sequence_number() });
            }
            // The file must begin with its header block; data before it is not an extract.
            _ if header.is_none() => return Err(unreadable()),
            BlobDecode::OsmData(block) => {
                // Borrows the block's string table, so it lives as long as the block.
                let mut tags: Vec<(&str, &str)> = Vec::new();
                for group in block.groups() {
                    for node in group.nodes() {
                        tags.clear();
                        if wants.node_tags {
                            tags.extend(node.tags());
                        }
                        visitor.node(node.id(), node.lat(), node.lon(), &tags);
                    }
                    for node in group.dense_nodes() {
                        tags.clear();
                        if wants.node_tags {
                            tags.extend(node.tags());
                        }
                        visitor.node(node.id(), node.lat(), node.lon(), &tags);
                    }
                    if wants.ways {
                        for way in group.ways() {
                            tags.clear();
                            tags.extend(way.tags());
                            refs.clear();
                            refs.extend(way.refs());
                            visitor.way(way.id(), &refs, &tags);
                        }
                    }
                    if wants.relations {
                        for relation in group.relations() {
                            tags.clear();
                            tags.extend(relation.tags());
                            members.clear();
                            members.extend(relation.members().map(|m| match m.member_type {
                                RelMemberType::Node => Member::Node(m.member_id),
                                RelMemberType::Way => Member::Way(m.member_id),
                                RelMemberType::Relation => Member::Other,
                            }));
                            visitor.relation(relation.id(), &members, &tags);
                        }
                    }
                }
            }
            // Unknown blob types are skipped, as the format asks of readers.
            BlobDecode::Unknown(_) => {}
        }
    }
    header.ok_or_else(unreadable)
}
