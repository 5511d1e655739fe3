//! `osmium cat` (Debian's `osmium-tool`, the reference OSM writer) for the tests that read an
//! extract as `.osm.pbf` (`core/src/care/extract/tests.rs` and `bindings/cli/tests/cli.rs`
//! include this file). Without osmium such a test is skipped with a message, except in CI (`CI`
//! set), where tests/setup-toolchains.sh installs it and its absence is a failure.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

/// The fixture every extract test starts from: five real nodes near Nieuwegein (see its LICENCE).
pub fn fixture() -> PathBuf {
    let mut root = Path::new(env!("CARGO_MANIFEST_DIR"));
    while !root.join("Cargo.lock").exists() {
        root = root.parent().expect("inside the workspace");
    }
    root.join("core/tests/fixtures/osm/nieuwegein_2017_sample_health_nodes.osm")
}

/// Converts `input` to `output` (the format follows the name), with `extra` options. `None` when
/// osmium is missing outside CI.
pub fn cat(input: &Path, output: &Path, extra: &[&str]) -> Option<PathBuf> {
    let run =
        Command::new("osmium").arg("cat").arg(input).arg("-o").arg(output).arg("--overwrite").args(extra).status();
    match run {
        Ok(status) => {
            assert!(status.success(), "osmium cat {input:?} failed");
            Some(output.to_owned())
        }
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("osmium not found (apt-get install osmium-tool): the PBF check is skipped");
            None
        }
        Err(error) => panic!("osmium is needed in CI (tests/setup-toolchains.sh installs it): {error}"),
    }
}
