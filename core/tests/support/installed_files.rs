//! What a profile's content folder holds, for the tests of installing packs (`core/tests/packs.rs`
//! and `bindings/cli/tests/cli.rs` include this file).

use std::{collections::BTreeSet, fs, path::Path};

#[derive(Debug)]
pub struct Kept {
    /// The files `content/installed.json` lists, oldest first.
    pub listed: Vec<String>,
    /// The pack files in `content/packs/`.
    pub pack_files: BTreeSet<String>,
    /// Temporary files anywhere in `content/`.
    pub leftovers: Vec<String>,
}

pub fn kept(profile: &Path) -> Kept {
    let content = profile.join("content");
    let listed = match fs::read(content.join("installed.json")) {
        Ok(bytes) => serde_json::from_slice::<serde_json::Value>(&bytes).unwrap()["packs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|name| name.as_str().unwrap().to_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    let names = |dir: &Path| -> Vec<String> {
        fs::read_dir(dir)
            .map(|entries| entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default()
    };
    let packs = names(&content.join("packs"));
    let leftovers = names(&content).into_iter().chain(packs.iter().cloned()).filter(|n| n.ends_with(".tmp")).collect();
    Kept { listed, pack_files: packs.into_iter().filter(|n| n.ends_with(".pack")).collect(), leftovers }
}

impl Kept {
    /// The versions listed, oldest first (a pack file is named `v<version>-<hash>.pack`).
    pub fn versions(&self) -> Vec<u64> {
        self.listed.iter().map(|name| name[1..].split('-').next().unwrap().parse().unwrap()).collect()
    }

    /// As a finished install or rollback of packs that all carry the same parts leaves it: at most
    /// the active and the previous pack listed, their files and no others, no temporary files.
    #[track_caller]
    pub fn assert_tidy(&self, context: &str) {
        let listed: BTreeSet<String> = self.listed.iter().cloned().collect();
        assert!(
            self.listed.len() <= 2 && listed == self.pack_files && self.leftovers.is_empty(),
            "{context}: {self:?}"
        );
    }
}
