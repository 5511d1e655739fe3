//! `werkmaat diary attach`, `attachments`, `attachment get|delete` against the contract of issue
//! 18, the location checked by an independent tool (exiftool), and kills during attach and delete.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{path::Path, process::Output};

use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../core/tests/fixtures/attachments");

fn werkmaat_in(data: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
        .args([&["--data-dir", data.to_str().unwrap()], args].concat())
        .env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn json(output: &Output) -> Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn new_entry(data: &Path) -> String {
    let added = json(&werkmaat_in(
        data,
        &["--json", "diary", "add", "care", "--with", "gp", "--at", "2026-11-27T09:00:00+01:00"],
    ));
    added["id"].as_str().unwrap().to_owned()
}

/// The GPS tags exiftool finds in `file` (Exif and XMP), as `Group:Tag` names. `None` when
/// exiftool is not installed (outside CI the test then says so and skips that check).
fn gps_tags(file: &Path) -> Option<Vec<String>> {
    let output =
        match std::process::Command::new("exiftool").args(["-j", "-G", "-gps:all", "-xmp:all"]).arg(file).output() {
            Ok(output) => output,
            Err(_) if std::env::var_os("CI").is_none() => {
                eprintln!("exiftool is not installed (Debian: libimage-exiftool-perl): the location check is skipped");
                return None;
            }
            Err(error) => panic!("exiftool is needed in CI: {error}"),
        };
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    let tags = found[0].as_object().unwrap().keys().filter(|k| k.contains("GPS")).cloned().collect();
    Some(tags)
}

#[test]
fn attach_list_get_and_delete_follow_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    let entry = new_entry(&data);
    let photo = fixture("gps.jpg");
    let attached = json(&werkmaat_in(&data, &["--json", "diary", "attach", &entry, &photo, "--kind", "photo"]));
    let mut keys: Vec<&str> = attached.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["bytes", "entry_id", "id", "kind", "sha256"]);
    let original = std::fs::read(&photo).unwrap();
    assert_eq!((attached["entry_id"].as_str(), attached["kind"].as_str()), (Some(entry.as_str()), Some("photo")));
    assert_eq!(attached["bytes"], original.len());
    let id = attached["id"].as_str().unwrap();

    // Refused: not one of the formats (told from the bytes, whatever the name says), over the
    // limit, an unknown kind. Each exits 2 and nothing is stored.
    let fake = dir.path().join("photo.jpg");
    std::fs::write(&fake, b"GIF89a not a jpeg").unwrap();
    let large = dir.path().join("large.pdf");
    std::fs::write(&large, [b"%PDF-1.7\n".as_slice(), &vec![b' '; 20 * 1024 * 1024]].concat()).unwrap();
    let before = json(&werkmaat_in(&data, &["--json", "diary", "verify"]));
    for args in [
        vec!["diary", "attach", &entry, fake.to_str().unwrap()],
        vec!["diary", "attach", &entry, large.to_str().unwrap()],
        vec!["diary", "attach", &entry, &photo, "--kind", "selfie"],
    ] {
        let refused = werkmaat_in(&data, &[&["--json"], args.as_slice()].concat());
        assert_eq!(refused.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&refused.stderr));
    }
    let missing = werkmaat_in(&data, &["--json", "diary", "attach", "0123456789abcdef", &photo]);
    assert_eq!(missing.status.code(), Some(5));
    assert_eq!(json(&werkmaat_in(&data, &["--json", "diary", "verify"]))["head"], before["head"], "nothing stored");

    let listed = json(&werkmaat_in(&data, &["--json", "diary", "attachments", &entry]));
    let item = &listed.as_array().unwrap()[0];
    assert_eq!(listed.as_array().unwrap().len(), 1);
    for field in ["id", "entry_id", "kind", "sha256", "bytes"] {
        assert_eq!(item[field], attached[field], "{field}");
    }
    assert!(chrono::DateTime::parse_from_rfc3339(item["added_at"].as_str().unwrap()).is_ok());

    // The copy loses its position unless asked for, as an independent reader (exiftool) sees it.
    let (plain, located) = (dir.path().join("plain.jpg"), dir.path().join("located.jpg"));
    let saved =
        json(&werkmaat_in(&data, &["--json", "diary", "attachment", "get", id, "--out", plain.to_str().unwrap()]));
    assert_eq!(saved["location_removed"], true);
    let args = ["--json", "diary", "attachment", "get", id, "--out", located.to_str().unwrap(), "--with-location"];
    json(&werkmaat_in(&data, &args));
    assert_eq!(std::fs::read(&located).unwrap(), original, "with the location: the original");
    let again = werkmaat_in(&data, &["--json", "diary", "attachment", "get", id, "--out", plain.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "an existing file needs --force");
    if let (Some(before), Some(after)) = (gps_tags(Path::new(&photo)), gps_tags(&plain)) {
        assert!(
            before.iter().any(|t| t.starts_with("EXIF")) && before.iter().any(|t| t.starts_with("XMP")),
            "{before:?}"
        );
        assert!(after.is_empty(), "the copy still has {after:?}");
        assert_eq!(gps_tags(&located).unwrap(), before);
    }

    let deleted = json(&werkmaat_in(&data, &["--json", "diary", "attachment", "delete", id]));
    assert_eq!((deleted["id"].as_str(), deleted["deleted"].as_bool()), (Some(id), Some(true)));
    assert_eq!(werkmaat_in(&data, &["--json", "diary", "attachment", "delete", id]).status.code(), Some(5));
    assert_eq!(json(&werkmaat_in(&data, &["--json", "diary", "attachments"])), serde_json::json!([]));
    let verified = json(&werkmaat_in(&data, &["--json", "diary", "verify"]));
    assert_eq!((verified["ok"].as_bool(), verified["gaps"].clone()), (Some(true), serde_json::json!([2])));
}

#[test]
fn attaches_and_deletes_killed_100_times_leave_no_half_stored_attachment() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("profile");
    let entry = new_entry(&data);
    // Each round attaches the photo; every other one is deleted again.
    let script = r#"n=0; while :; do
        out=$("$W" --data-dir "$D" --json diary attach "$E" "$F" --kind photo) || exit 1
        printf '%s\n' "$out"
        n=$((n + 1))
        if [ $((n % 2)) -eq 1 ]; then
          id=$(printf '%s' "$out" | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
          "$W" --data-dir "$D" --json diary attachment delete "$id" || exit 1
        fi
      done"#;
    let log = dir.path().join("returned.jsonl");
    let photo = std::fs::read(fixture("gps.jpg")).unwrap();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for kill in 0..100 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = std::process::Command::new("sh")
            .args(["-c", script])
            .env("W", env!("CARGO_BIN_EXE_werkmaat"))
            .env("D", &data)
            .env("E", &entry)
            .env("F", fixture("gps.jpg"))
            .stdout(std::fs::OpenOptions::new().create(true).append(true).open(&log).unwrap())
            .stderr(std::process::Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        let life = if kill % 20 == 19 { 2_000_000 } else { seed % 400_000 };
        std::thread::sleep(std::time::Duration::from_micros(life));
        std::process::Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status().unwrap();
        let _ = child.wait();

        // Reopened as a shell would after a crash: opening settles what the kill left.
        let key = std::fs::read(data.join("werkmaat.key")).unwrap();
        let profile = werkmaat_ffi::Werkmaat::open(data.display().to_string(), vec!["en".into()], key).unwrap();
        let diary = profile.diary();
        let verified = diary.verify(None).unwrap();
        assert!(verified.ok, "after kill {kill}: {verified:?}");
        let live = diary.attachments(None).unwrap();
        for attachment in &live {
            assert_eq!(diary.attachment_bytes(attachment.id.clone(), true).unwrap(), photo, "after kill {kill}");
        }
        let mut files: Vec<String> = std::fs::read_dir(data.join("attachments"))
            .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        let mut ids: Vec<String> = live.iter().map(|a| a.id.clone()).collect();
        files.sort();
        ids.sort();
        assert_eq!(files, ids, "after kill {kill}: a file without its attachment, or the other way round");
        let export: Value = serde_json::from_str(
            &diary
                .export_json(
                    true,
                    std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_795_867_200),
                    None,
                )
                .unwrap(),
        )
        .unwrap();
        profile.shutdown();
        let committed_delete = |id: &str| {
            export["revisions"].as_array().unwrap().iter().any(|r| r["entry_id"] == id && r["action"] == "delete")
        };
        // Every attach that returned is live, unless a delete of it returned or committed.
        let text = std::fs::read_to_string(&log).unwrap();
        let lines: Vec<Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
        let deleted: Vec<&str> =
            lines.iter().filter(|l| l["deleted"] == true).map(|l| l["id"].as_str().unwrap()).collect();
        for line in lines.iter().filter(|l| l["sha256"].is_string()) {
            let id = line["id"].as_str().unwrap();
            let is_live = ids.iter().any(|i| i == id);
            if deleted.contains(&id) {
                assert!(!is_live && committed_delete(id), "after kill {kill}: deleted attachment {id} is back");
            } else {
                assert!(is_live || committed_delete(id), "after kill {kill}: attachment {id} was returned but is gone");
            }
        }
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let (attached, deleted) = (text.matches("\"sha256\"").count(), text.matches("\"deleted\":true").count());
    assert!(attached > 10 && deleted > 5, "the writer got work done: {attached} attaches, {deleted} deletes");
}
