//! Prepares what the library embeds, so the first start works offline (invariant 1):
//! every `locales/<code>/*.ftl` file, LZ4-compressed (the ten locales are 1.06 MB of text, a fifth
//! of the library) into `$OUT_DIR/locales/`, listed in `$OUT_DIR/locales.rs` with one
//! `include_bytes!` per file. It reads nothing outside the repository: the care finder's data is
//! prepared by hand (`scripts/prepare-care-data.py`) and committed in `core/data/care/`.
use std::{env, fs, path::PathBuf};

fn main() {
    embed_locales();
}

fn embed_locales() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default());
    let mut codes: Vec<_> = fs::read_dir(&locales)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", locales.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();

    let mut out = String::from(
        "/// (locale code, [(file name, LZ4-compressed Fluent source)]), sorted by code.\n\
         pub(crate) type EmbeddedLocale = (&'static str, &'static [(&'static str, &'static [u8])]);\n\
         pub(crate) static EMBEDDED_LOCALES: &[EmbeddedLocale] = &[\n",
    );
    for code in &codes {
        let dir = locales.join(code);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("    ({code:?}, &[\n"));
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            let text = fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let packed = out_dir.join("locales").join(code).join(format!("{name}.lz4"));
            fs::create_dir_all(packed.parent().unwrap_or(&out_dir)).unwrap_or_else(|e| panic!("{e}"));
            fs::write(&packed, lz4_flex::compress_prepend_size(&text))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", packed.display()));
            out.push_str(&format!("        ({name:?}, include_bytes!({:?})),\n", packed.display().to_string()));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = out_dir.join("locales.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
