//! Small pictures of image attachments for the report: decoded (JPEG or PNG), turned upright,
//! scaled to fit 240 × 240 px and written again as a new JPEG, so no metadata of the original
//! (EXIF GPS, XMP, the camera) survives; embedded as a `data:` URI so the report stays one file.
//! Each shows the hash of the original (what the chain records) and of the small copy. Other
//! files (HEIC, which no well-kept pure-Rust crate decodes; PDF) get their hash and a line saying
//! no picture can be shown.

use std::io::Cursor;

use base64::Engine;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, codecs::jpeg::JpegEncoder};
use sha2::{Digest, Sha256};

/// The longest side of a thumbnail, in pixels: enough to see a wound or a machine, small enough
/// that fifty of them keep the report light (about 10 KB each).
pub const MAX_SIDE: u32 = 240;

/// An attachment as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub entry_id: String,
    /// The SHA-256 of the original, as the chain records it.
    pub original_sha256: String,
    /// The small copy, or `None` when the file is not a picture this library can read.
    pub shown: Option<Thumbnail>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    pub data_uri: String,
    pub sha256: String,
    pub width: u32,
    pub height: u32,
}

/// A thumbnail of `bytes` if they are a JPEG or PNG that decodes within sane limits; `None`
/// otherwise (the report then shows the hash alone).
pub fn thumbnail(bytes: &[u8]) -> Option<Thumbnail> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().ok()?;
    let format = reader.format();
    if !matches!(format, Some(image::ImageFormat::Jpeg | image::ImageFormat::Png)) {
        return None;
    }
    // A phone photo is at most about 50 megapixels; a forged header asking for more is refused
    // before any pixel memory is taken.
    let mut limits = Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let orientation = decoder.orientation().ok()?;
    // A JPEG is decoded straight at the smallest DCT scale that still covers the thumbnail: a
    // 12-megapixel photo becomes 500 × 375 pixels without ever being whole in memory.
    let scaled = (format == Some(image::ImageFormat::Jpeg)).then(|| scaled_jpeg(bytes)).flatten();
    let mut picture = match scaled {
        Some(picture) => picture,
        None => DynamicImage::from_decoder(decoder).ok()?,
    };
    picture.apply_orientation(orientation);
    // `thumbnail` also enlarges; a picture that already fits keeps its size (and is still
    // written again, so its metadata goes).
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    let small = on_white(picture);
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 80).encode_image(&small).ok()?;
    Some(Thumbnail {
        sha256: hex::encode(Sha256::digest(&jpeg)),
        data_uri: format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(&jpeg)),
        width: small.width(),
        height: small.height(),
    })
}

/// A JPEG decoded at the smallest scale (1/1, 1/2, 1/4 or 1/8) at least `MAX_SIDE` on each side;
/// `None` for what this path does not handle (CMYK, 16-bit), which is then decoded whole.
fn scaled_jpeg(bytes: &[u8]) -> Option<DynamicImage> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(64 * 1024 * 1024);
    let side = u16::try_from(MAX_SIDE).ok()?;
    decoder.scale(side, side).ok()?;
    let pixels = decoder.decode().ok()?;
    let info = decoder.info()?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => image::RgbImage::from_raw(width, height, pixels).map(DynamicImage::from),
        jpeg_decoder::PixelFormat::L8 => image::GrayImage::from_raw(width, height, pixels).map(DynamicImage::from),
        _ => None,
    }
}

/// The picture without transparency (JPEG has none): transparent parts on white, as on paper.
fn on_white(picture: DynamicImage) -> image::RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG of `w` × `h` with an EXIF segment holding a GPS marker after its SOI, as a phone
    /// camera writes one.
    fn photo_with_exif(w: u32, h: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut jpeg = Vec::new();
        JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&picture).unwrap();
        let payload = b"Exif\0\0GPSLatitude 52.09 GPSLongitude 5.12";
        let mut segment = vec![0xFF, 0xE1];
        segment.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        segment.extend_from_slice(payload);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&segment);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn a_photo_becomes_a_small_jpeg_without_its_metadata() {
        let photo = photo_with_exif(1200, 900);
        assert!(photo.windows(4).any(|w| w == b"Exif"));
        let small = thumbnail(&photo).unwrap();
        assert_eq!((small.width, small.height), (240, 180));
        // Decoded at 1/4 scale (300 × 225), then scaled to fit.
        assert_eq!(scaled_jpeg(&photo).map(|p| (p.width(), p.height())), Some((300, 225)));
        let b64 = small.data_uri.strip_prefix("data:image/jpeg;base64,").unwrap();
        let bytes = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
        assert_eq!(small.sha256, hex::encode(Sha256::digest(&bytes)));
        assert!(!bytes.windows(4).any(|w| w == b"Exif" || w == b"GPSL"));
        assert_ne!(small.sha256, hex::encode(Sha256::digest(&photo)));
    }

    #[test]
    fn a_transparent_png_is_shown_on_white_and_a_small_one_is_not_enlarged() {
        let picture = image::RgbaImage::from_pixel(100, 50, image::Rgba([0, 0, 0, 0]));
        let mut png = Vec::new();
        picture.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
        let small = thumbnail(&png).unwrap();
        assert_eq!((small.width, small.height), (100, 50));
    }

    #[test]
    fn heic_pdf_and_garbage_get_no_picture() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        for bytes in [&heic[..], b"%PDF-1.7\n", b"\xff\xd8\xff\xe0 cut off", b""] {
            assert!(thumbnail(bytes).is_none());
        }
    }
}
