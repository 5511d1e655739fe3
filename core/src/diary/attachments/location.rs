//! What an attachment is (told from its first bytes, never from a file name) and the copy of it
//! that may leave the phone: without the place it was made.
//!
//! Photos carry their position in Exif (GPS IFD) and XMP (`exif:GPSLatitude`, …). img-parts edits
//! JPEG and PNG at the segment and chunk level but cannot edit inside the Exif IFDs, so the whole
//! Exif block goes (with the camera, time and orientation in it: a rotated photo may show
//! sideways), and XMP with it:
//! - JPEG: every APP1 segment (Exif and XMP both live there) and APP13 (Photoshop/IPTC, which
//!   can name the city and the place);
//! - PNG: `eXIf`, and the text chunks `tEXt`, `zTXt`, `iTXt`, where XMP and "Raw profile type
//!   exif" are kept;
//! - HEIC: no well-kept Rust crate rewrites an ISO BMFF file's Exif item, so a HEIC is never given
//!   out without its location: `without_location` refuses it (`invalid-attachment-location-heic`)
//!   and the user can take it knowingly with the location (`--with-location`);
//! - PDF: no GPS Exif; passed through as it is.

use img_parts::{
    Bytes, ImageEXIF,
    jpeg::{Jpeg, markers},
    png::Png,
};
use serde::{Deserialize, Serialize};

use crate::{Error, InputProblem, Result};

/// The formats an attachment may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediaType {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/heic")]
    Heic,
    #[serde(rename = "application/pdf")]
    Pdf,
}

/// ISO BMFF brands of HEIF images (`ftyp` major brand): HEVC-coded images and sequences, and the
/// generic image brands phones write.
const HEIF_BRANDS: [&[u8; 4]; 8] = [b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"];

impl MediaType {
    /// The format of `bytes` from their signature; `None` when it is none of ours.
    pub fn sniff(bytes: &[u8]) -> Option<MediaType> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(MediaType::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(MediaType::Png)
        } else if bytes.starts_with(b"%PDF-") {
            Some(MediaType::Pdf)
        } else if bytes.get(4..8) == Some(b"ftyp")
            && bytes.get(8..12).is_some_and(|b| HEIF_BRANDS.iter().any(|h| *h == b))
        {
            Some(MediaType::Heic)
        } else {
            None
        }
    }

    /// The IANA media type.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
            MediaType::Heic => "image/heic",
            MediaType::Pdf => "application/pdf",
        }
    }

    /// The usual file extension, for files written out (`attachments/<sha256>.<ext>`).
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
            MediaType::Heic => "heic",
            MediaType::Pdf => "pdf",
        }
    }

    /// Whether a copy without the location can be made (`without_location` succeeds).
    pub fn location_removable(self) -> bool {
        self != MediaType::Heic
    }
}

/// APP13: Photoshop image resources, where IPTC keeps city, sub-location and country.
const APP13: u8 = 0xED;
const PNG_METADATA_CHUNKS: [[u8; 4]; 4] = [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt"];

/// A copy of `bytes` (of `media_type`) without location metadata, for anything that leaves the
/// phone. A HEIC is refused (see the module documentation); an image that does not parse is
/// refused too, rather than handed out unchecked.
pub fn without_location(media_type: MediaType, bytes: &[u8]) -> Result<Vec<u8>> {
    let unreadable = || Error::invalid("file", InputProblem::AttachmentFormat);
    match media_type {
        MediaType::Jpeg => {
            let mut jpeg = Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| unreadable())?;
            jpeg.set_exif(None);
            jpeg.remove_segments_by_marker(markers::APP1);
            jpeg.remove_segments_by_marker(APP13);
            let copy = jpeg.encoder().bytes();
            // Read back: a damaged file img-parts read leniently may not come out as one it reads
            // again, and only a copy that reads without those segments is handed out.
            let again = Jpeg::from_bytes(copy.clone()).map_err(|_| unreadable())?;
            if again.segments().iter().any(|s| matches!(s.marker(), markers::APP1 | APP13)) {
                return Err(unreadable());
            }
            Ok(copy.to_vec())
        }
        MediaType::Png => {
            let mut png = Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|_| unreadable())?;
            for kind in PNG_METADATA_CHUNKS {
                png.remove_chunks_by_type(kind);
            }
            let copy = png.encoder().bytes();
            let again = Png::from_bytes(copy.clone()).map_err(|_| unreadable())?;
            if again.chunks().iter().any(|c| PNG_METADATA_CHUNKS.contains(&c.kind())) {
                return Err(unreadable());
            }
            Ok(copy.to_vec())
        }
        MediaType::Heic => Err(Error::invalid("with_location", InputProblem::AttachmentLocationHeic)),
        MediaType::Pdf => Ok(bytes.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use img_parts::{jpeg::JpegSegment, png::PngChunk};

    use super::*;

    /// A photo with a position in Exif GPS and XMP (`core/tests/fixtures/attachments`).
    const GPS_JPEG: &[u8] = include_bytes!("../../../tests/fixtures/attachments/gps.jpg");

    #[test]
    fn formats_are_told_from_their_first_bytes() {
        assert_eq!(MediaType::sniff(GPS_JPEG), Some(MediaType::Jpeg));
        assert_eq!(MediaType::sniff(b"\x89PNG\r\n\x1a\n...."), Some(MediaType::Png));
        assert_eq!(MediaType::sniff(b"%PDF-1.7\n"), Some(MediaType::Pdf));
        assert_eq!(MediaType::sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some(MediaType::Heic));
        for other in [&b""[..], b"GIF89a", b"\0\0\0\x18ftypisom", b"PK\x03\x04", b"%PD", b"\xFF\xD8"] {
            assert_eq!(MediaType::sniff(other), None, "{other:?}");
        }
    }

    #[test]
    fn jpeg_exif_xmp_and_iptc_go_and_the_picture_stays() {
        let mut jpeg = Jpeg::from_bytes(Bytes::from_static(GPS_JPEG)).unwrap();
        jpeg.segments_mut().insert(1, JpegSegment::new_with_contents(APP13, Bytes::from_static(b"Photoshop 3.0\0GPS")));
        let original = jpeg.encoder().bytes().to_vec();
        let has = |bytes: &[u8], needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(has(&original, b"Exif\0\0") && has(&original, b"GPSLatitude") && has(&original, b"Photoshop"));
        let stripped = without_location(MediaType::Jpeg, &original).unwrap();
        let jpeg = Jpeg::from_bytes(stripped.clone().into()).unwrap();
        let markers: Vec<u8> = jpeg.segments().iter().map(JpegSegment::marker).collect();
        assert!(!markers.contains(&markers::APP1) && !markers.contains(&APP13), "{markers:x?}");
        assert!(!has(&stripped, b"Exif\0\0") && !has(&stripped, b"GPS") && !has(&stripped, b"Photoshop"));
        let scan = |jpeg: &Jpeg| {
            jpeg.segments().iter().find(|s| s.marker() == markers::SOS).map(|s| s.clone().encoder().bytes())
        };
        assert_eq!(scan(&jpeg), scan(&Jpeg::from_bytes(Bytes::from_static(GPS_JPEG)).unwrap()), "the picture is kept");
    }

    #[test]
    fn png_metadata_chunks_go() {
        let mut png = Png::from_bytes(Bytes::from_static(b"\x89PNG\r\n\x1a\n\0\0\0\0IEND\xaeB`\x82")).unwrap();
        png.chunks_mut().insert(0, PngChunk::new(*b"eXIf", Bytes::from_static(b"MM\0*GPS")));
        png.chunks_mut().insert(0, PngChunk::new(*b"iTXt", Bytes::from_static(b"XML:com.adobe.xmp\0GPS")));
        let original = png.encoder().bytes().to_vec();
        let stripped = without_location(MediaType::Png, &original).unwrap();
        let kinds: Vec<[u8; 4]> =
            Png::from_bytes(stripped.into()).unwrap().chunks().iter().map(PngChunk::kind).collect();
        assert_eq!(kinds, [*b"IEND"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        /// Bytes from anywhere (a shell passes what the user picked): told apart and stripped, or
        /// refused, never a panic; a copy never keeps an Exif block.
        #[test]
        fn arbitrary_bytes_are_sniffed_and_stripped_without_a_panic(
            prefix in 0usize..3,
            tail in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048),
        ) {
            let head: &[u8] = [&GPS_JPEG[..20], b"\x89PNG\r\n\x1a\n", b"%PDF-"][prefix];
            let bytes = [head, &tail].concat();
            if let Some(media_type) = MediaType::sniff(&bytes)
                && let Ok(copy) = without_location(media_type, &bytes)
                && media_type == MediaType::Jpeg
            {
                let jpeg = Jpeg::from_bytes(copy.into());
                proptest::prop_assert!(jpeg.is_ok_and(|j| j.segments().iter().all(|s| s.marker() != markers::APP1)));
            }
        }
    }

    #[test]
    fn heic_is_refused_pdf_passes_and_garbage_is_refused() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0";
        assert!(matches!(
            without_location(MediaType::Heic, heic),
            Err(Error::InvalidInput { problem: InputProblem::AttachmentLocationHeic, .. })
        ));
        assert_eq!(without_location(MediaType::Pdf, b"%PDF-1.4 x").unwrap(), b"%PDF-1.4 x");
        assert!(without_location(MediaType::Jpeg, b"\xFF\xD8\xFFnot really").is_err());
    }
}
