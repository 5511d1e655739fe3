//! The README's JSON table is the contract of `--json`: this test reads it, runs every command of
//! the CLI, and holds each output to exactly the fields the table lists (none missing, none more),
//! down to nested objects and records. It also checks that the table names every command the CLI
//! has (from `--help`), and that every object the table describes was met with real content at
//! least once, so no part of the contract is checked only against empty lists or nulls.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
    process::Output,
};

use serde_json::Value;

#[allow(dead_code)] // the core's anchor tests use the rest
#[path = "../../../core/tests/support/tsa.rs"]
mod tsa;

// ---- the README's tables -------------------------------------------------------------------

/// A documented shape: a value of any kind, an object with exactly these fields, a list of one
/// shape, a named record, or one of several shapes.
#[derive(Debug, Clone)]
enum Shape {
    Value,
    /// `id` (`care now.own_gp`) names the object in messages and in the list of objects met.
    Object {
        id: String,
        fields: Vec<Field>,
    },
    List(Box<Shape>),
    Record(String),
    OneOf(Vec<Shape>),
}

#[derive(Debug, Clone)]
enum Field {
    Named(String, Shape),
    /// `...NAME`: every field of the record NAME.
    Spread(String),
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    /// The row's command or record, then the fields down to where the parser is.
    path: Vec<String>,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while self.text[self.at..].starts_with([' ', '\n']) {
            self.at += 1;
        }
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let found = self.text[self.at..].starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn expect(&mut self, token: &str) {
        assert!(
            self.eat(token),
            "README JSON table, {}: expected {token:?} at {:?}",
            self.path[0],
            &self.text[self.at..]
        );
    }

    fn name(&mut self) -> String {
        self.skip_space();
        let rest = &self.text[self.at..];
        let end = rest.find(|c: char| !(c.is_ascii_uppercase() || c == '_')).unwrap_or(rest.len());
        assert!(end > 0, "README JSON table, {}: expected a record name at {rest:?}", self.path[0]);
        self.at += end;
        rest[..end].to_owned()
    }

    fn quoted(&mut self) -> String {
        self.expect("\"");
        let rest = &self.text[self.at..];
        let end = rest.find('"').unwrap();
        self.at += end + 1;
        rest[..end].to_owned()
    }

    fn shape(&mut self) -> Shape {
        let mut options = vec![self.single()];
        while self.eat("|") {
            options.push(self.single());
        }
        if options.len() == 1 { options.pop().unwrap() } else { Shape::OneOf(options) }
    }

    fn single(&mut self) -> Shape {
        if self.eat("[") {
            let inner = self.shape();
            self.expect("]");
            return Shape::List(Box::new(inner));
        }
        if self.eat("{") {
            let id = self.path.join(".");
            let mut fields = Vec::new();
            loop {
                if self.eat("...") {
                    fields.push(Field::Spread(self.name()));
                } else {
                    let name = self.quoted();
                    self.path.push(name.clone());
                    let shape = if self.eat(":") { self.shape() } else { Shape::Value };
                    self.path.pop();
                    fields.push(Field::Named(name, shape));
                }
                if !self.eat(",") {
                    break;
                }
            }
            self.expect("}");
            return Shape::Object { id, fields };
        }
        Shape::Record(self.name())
    }
}

fn parse_shape(id: &str, text: &str) -> Shape {
    let mut parser = Parser { text, at: 0, path: vec![id.to_owned()] };
    let shape = parser.shape();
    parser.skip_space();
    assert_eq!(parser.at, text.len(), "README JSON table, {id}: left over: {:?}", &text[parser.at..]);
    shape
}

/// The first code span of a table cell, with the table's `\|` back to `|`.
fn code_span(cell: &str) -> Option<String> {
    let start = cell.find('`')? + 1;
    let end = start + cell[start..].find('`')?;
    Some(cell[start..end].replace('\u{1}', "|"))
}

/// The two tables of the README's "JSON output" section: commands (each alternative of
/// `a b|c` on its own) and records.
fn readme_tables() -> (BTreeMap<String, Shape>, BTreeMap<String, Shape>) {
    let readme = include_str!("../../../README.md");
    let section = readme.split("### JSON output").nth(1).expect("README has a JSON output section");
    let section = section.split("\n### ").next().unwrap();
    let (mut commands, mut records) = (BTreeMap::new(), BTreeMap::new());
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let line = line.replace("\\|", "\u{1}");
        let cells: Vec<&str> = line.split('|').collect();
        let (key, shape) = (code_span(cells[1]).unwrap(), code_span(cells[2]).unwrap());
        if key.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            records.insert(key.clone(), parse_shape(&key, &shape));
            continue;
        }
        // `checklist show|done`: the last word may list several subcommands.
        let (stem, last) = key.rsplit_once(' ').map_or(("", key.as_str()), |(s, l)| (s, l));
        for leaf in last.split('|') {
            let command = if stem.is_empty() { leaf.to_owned() } else { format!("{stem} {leaf}") };
            let previous = commands.insert(command.clone(), parse_shape(&command, &shape));
            assert!(previous.is_none(), "README JSON table lists `{command}` twice");
        }
    }
    (commands, records)
}

// ---- holding a value to a shape --------------------------------------------------------------

struct Checker<'a> {
    records: &'a BTreeMap<String, Shape>,
    /// Objects (by id) met with content.
    met: BTreeSet<String>,
}

impl Checker<'_> {
    fn fields(&self, fields: &[Field]) -> Vec<(String, Shape)> {
        let mut all = Vec::new();
        for field in fields {
            match field {
                Field::Named(name, shape) => all.push((name.clone(), shape.clone())),
                Field::Spread(record) => match &self.records[record] {
                    Shape::Object { fields, .. } => all.extend(self.fields(fields)),
                    other => panic!("...{record} is not an object: {other:?}"),
                },
            }
        }
        all
    }

    /// Ok with the objects met, or what does not fit, with the path to it.
    fn check(&self, value: &Value, shape: &Shape, path: &str) -> Result<BTreeSet<String>, String> {
        let mut met = BTreeSet::new();
        match (shape, value) {
            // A field that has no value is null, whatever its shape.
            (_, Value::Null) => {}
            // A value: text, a number, a truth value, a list of those or a map of counts; an
            // object or a list of objects must have its fields in the README.
            (Shape::Value, Value::Array(items)) if items.iter().any(|i| i.is_object() || i.is_array()) => {
                return Err(format!("{path}: printed objects or lists whose fields the README does not give"));
            }
            (Shape::Value, Value::Object(map)) if !map.values().all(Value::is_number) => {
                return Err(format!("{path}: printed an object whose fields the README does not give"));
            }
            (Shape::Value, _) => {}
            (Shape::Record(name), _) => {
                let record = self.records.get(name).ok_or_else(|| format!("{path}: no record {name} in the README"))?;
                met.insert(name.clone());
                met.extend(self.check(value, record, path)?);
            }
            (Shape::OneOf(options), _) => {
                let mut misfits = Vec::new();
                for option in options {
                    match self.check(value, option, path) {
                        Ok(found) => return Ok(found),
                        Err(misfit) => misfits.push(misfit),
                    }
                }
                return Err(format!("{path}: fits none of its shapes: {}", misfits.join("; ")));
            }
            (Shape::List(inner), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    met.extend(self.check(item, inner, &format!("{path}[{i}]"))?);
                }
            }
            (Shape::Object { id, fields }, Value::Object(object)) => {
                for field in fields {
                    if let Field::Spread(record) = field {
                        met.insert(record.clone());
                    }
                }
                let fields = self.fields(fields);
                let documented: BTreeSet<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
                let printed: BTreeSet<&str> = object.keys().map(String::as_str).collect();
                if documented != printed {
                    let missing: Vec<_> = documented.difference(&printed).collect();
                    let extra: Vec<_> = printed.difference(&documented).collect();
                    return Err(format!("{path}: not printed {missing:?}, not in the README {extra:?}"));
                }
                for (name, shape) in &fields {
                    met.extend(self.check(&object[name], shape, &format!("{path}.{name}"))?);
                }
                met.insert(id.clone());
            }
            (_, other) => return Err(format!("{path}: expected {shape:?}, printed {other}")),
        }
        Ok(met)
    }
}

/// Every object and record id a shape holds.
fn object_ids(shape: &Shape, ids: &mut BTreeSet<String>) {
    match shape {
        Shape::Value => {}
        Shape::Record(name) => {
            ids.insert(name.clone());
        }
        Shape::List(inner) => object_ids(inner, ids),
        Shape::OneOf(options) => options.iter().for_each(|o| object_ids(o, ids)),
        Shape::Object { id, fields } => {
            ids.insert(id.clone());
            for field in fields {
                match field {
                    Field::Named(_, shape) => object_ids(shape, ids),
                    Field::Spread(record) => {
                        ids.insert(record.clone());
                    }
                }
            }
        }
    }
}

// ---- the CLI ---------------------------------------------------------------------------------

fn werkmaat(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_werkmaat"))
        .args(args)
        .env_remove("LANGUAGE")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

/// Every command the CLI has, from its help: the words under "Commands:", down to the leaves.
fn commands_in_help(prefix: &[String], found: &mut BTreeSet<String>) {
    let mut args: Vec<&str> = prefix.iter().map(String::as_str).collect();
    args.push("--help");
    let help = String::from_utf8(werkmaat(&args).stdout).unwrap();
    let Some(list) = help.split("Commands:\n").nth(1) else {
        found.insert(prefix.join(" "));
        return;
    };
    for line in list.lines().take_while(|l| !l.trim().is_empty()) {
        let word = line.split_whitespace().next().unwrap().to_owned();
        commands_in_help(&[prefix, &[word]].concat(), found);
    }
}

/// The outputs of every command run, under its name in the README's table.
struct Run {
    data: String,
    today: &'static str,
    printed: Vec<(String, Value)>,
}

impl Run {
    fn output(&self, args: &[&str]) -> Output {
        werkmaat(&[&["--data-dir", &self.data, "--today", self.today, "--json"], args].concat())
    }

    /// Runs `args` (the command `command` of the table), which must succeed (or exit with
    /// `exit`), and keeps its JSON.
    fn exit(&mut self, command: &str, exit: i32, args: &[&str]) -> Value {
        let output = self.output(args);
        assert_eq!(output.status.code(), Some(exit), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let value: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {}", String::from_utf8_lossy(&output.stdout)));
        self.printed.push((command.to_owned(), value.clone()));
        value
    }

    fn ok(&mut self, command: &str, args: &[&str]) -> Value {
        self.exit(command, 0, args)
    }
}

#[test]
fn every_command_prints_exactly_the_fields_the_readme_lists() {
    let (commands, records) = readme_tables();

    let mut in_help = BTreeSet::new();
    commands_in_help(&[], &mut in_help);
    let documented: BTreeSet<String> = commands.keys().cloned().collect();
    assert_eq!(documented, in_help, "the README's JSON table and the CLI's commands differ");

    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/tests/fixtures");
    let fixture = |name: &str| fixtures.join(name).display().to_string();
    let mut run = Run { data: path("profile"), today: "2026-11-28", printed: Vec::new() };

    run.ok("locales", &["locales"]);
    run.ok("tour", &["tour"]);

    run.ok("details set", &["details", "set", "--name", "Jan K", "--bsn", "111222333", "--gp-phone", "0773456789"]);
    run.ok("details show", &["details", "show"]);

    run.ok("guides list", &["guides", "list"]);
    run.today = "2027-09-01"; // facts past their validity: stale_facts
    let guide = run.ok("guides show", &["guides", "show", "insurance"]);
    assert!(!guide["stale_facts"].as_array().unwrap().is_empty());
    run.today = "2026-11-28";
    run.ok("guides search", &["guides", "search", "zorgtoeslag"]);
    run.ok("guides speech", &["guides", "speech", "insurance"]);
    run.ok("phrases list", &["phrases", "list"]);
    run.ok("phrases show", &["phrases", "show", "my-insurance"]);

    run.ok("checklist questions", &["checklist", "questions"]);
    for (question, answer) in [("works_in_nl", "yes"), ("has_dutch_insurance", "no"), ("has_digid", "no")] {
        run.ok("checklist answer", &["checklist", "answer", question, answer]);
    }
    let shown = run.ok("checklist show", &["checklist", "show"]);
    run.ok("checklist done", &["checklist", "done", shown["items"][0]["id"].as_str().unwrap()]);
    run.ok("checklist reset", &["checklist", "reset"]);

    run.ok("care overpass-query", &["care", "overpass-query", "--bbox", "51.3,6.0,51.5,6.3"]);
    run.ok("care import-osm", &["care", "import-osm", &fixture("overpass_noise.json")]);
    let at = "2026-11-26T11:00:00+01:00";
    run.ok("care nearest", &["care", "nearest", "--postcode", "5911AB", "--limit", "3", "--at", at]);
    run.ok("care search", &["care", "search", "Venlo", "--limit", "3"]);
    let now = run.ok("care now", &["care", "now", "--postcode", "5911AB", "--at", "2026-11-28T21:30:00+01:00"]);
    assert!(now["own_gp"].is_object());

    run.ok("diary vocab", &["diary", "vocab"]);
    let symptom = run.ok(
        "diary add symptom",
        &["diary", "add", "symptom", "--symptom", "back-pain", "--severity", "6", "--at", "2026-11-27T07:30:00+01:00"],
    );
    #[rustfmt::skip]
    run.ok("diary add incident", &[
        "diary", "add", "incident", "--description", "fell", "--at", "2026-11-26T10:00:00+01:00",
        "--witness", "Ana", "--reported-to", "employer@2026-11-26T12:00:00+01:00",
    ]);
    #[rustfmt::skip]
    run.ok("diary add shift", &[
        "diary", "add", "shift", "--start", "2026-11-25T05:00:00+01:00", "--end", "2026-11-25T19:30:00+01:00",
    ]);
    let care = run.ok("diary add care", &["diary", "add", "care", "--with", "gp", "--at", "2026-11-27T09:00:00+01:00"]);
    let id = symptom["id"].as_str().unwrap();
    run.ok("diary correct", &["diary", "correct", id, "--severity", "8"]);
    run.ok("diary get", &["diary", "get", id]);
    run.ok("diary list", &["diary", "list"]);
    run.ok("diary delete", &["diary", "delete", care["id"].as_str().unwrap()]);
    let hours = run.ok("diary hours", &["diary", "hours"]);
    assert!(!hours["breaches"].as_array().unwrap().is_empty());
    let pki = tsa::Pki::new();
    if let Some(pki) = &pki {
        let ca = pki.ca("ca", "Werkmaat test CA", tsa::Key::EcP256);
        let signer = pki.issue(&ca, "tsa", tsa::Key::EcP256, "tsa_cert", None);
        run.ok("diary anchor request", &["diary", "anchor", "request", "--out", &path("req.tsq")]);
        std::fs::write(path("resp.tsr"), pki.reply(&std::fs::read(path("req.tsq")).unwrap(), &signer, "tsa_config"))
            .unwrap();
        std::fs::write(path("ca.pem"), &ca.pem).unwrap();
        run.ok("diary anchor add", &["diary", "anchor", "add", &path("resp.tsr"), "--tsa-cert", &path("ca.pem")]);
    }
    let attached = run.ok("diary attach", &["diary", "attach", id, &fixture("attachments/gps.jpg"), "--kind", "photo"]);
    run.ok("diary attachments", &["diary", "attachments"]);
    let attachment = attached["id"].as_str().unwrap();
    run.ok("diary attachment get", &["diary", "attachment", "get", attachment, "--out", &path("copy.jpg")]);
    let recipient = include_str!("../../../tests/share/test-identity.txt")
        .lines()
        .find_map(|line| line.strip_prefix("# public key: "))
        .unwrap();
    run.ok("diary share", &["diary", "share", "--to", recipient, "--out", &path("share.age")]);
    let second = run.ok("diary attach", &["diary", "attach", id, &fixture("attachments/gps.png")]);
    run.ok("diary attachment delete", &["diary", "attachment", "delete", second["id"].as_str().unwrap()]);
    run.ok("diary verify", &["diary", "verify"]);
    run.ok("diary export", &["diary", "export", "--format", "json", "--out", &path("d.json")]);
    run.ok("diary verify", &["diary", "verify", "--export", &path("d.json")]);
    std::fs::write(path("pass"), "correct horse battery\n").unwrap();
    run.ok("diary backup", &["diary", "backup", "--out", &path("d.bak"), "--passphrase-file", &path("pass")]);

    let keys: Value = serde_json::from_str(include_str!("../../../core/tests/fixtures/test-pack-keys.json")).unwrap();
    std::fs::write(path("test.key"), keys["test-2026"].as_str().unwrap()).unwrap();
    let public: Value = serde_json::from_str(include_str!("../../../core/content/test-keys.json")).unwrap();
    run.ok("pack keygen", &["pack", "keygen", "--out", &path("new.key")]);
    #[rustfmt::skip]
    run.ok("pack build", &[
        "pack", "build", "--out", &path("facts.pack"), "--key", &path("test.key"), "--version", "5", "--parts", "facts",
    ]);
    let public = public["trusted"][0]["public_key"].as_str().unwrap();
    run.ok("pack verify", &["pack", "verify", &path("facts.pack"), "--public-key", public]);
    #[rustfmt::skip]
    run.ok("pack places", &[
        "pack", "places", "--from-osm", &fixture("osm/nieuwegein_2017_sample_health_nodes.osm"),
        "--out", &path("places.pack"), "--key", &path("test.key"), "--version", "6",
    ]);
    run.ok("pack install", &["pack", "install", &path("facts.pack")]);
    run.ok("pack rollback", &["pack", "rollback"]);
    run.ok("details clear", &["details", "clear"]);

    // A second profile: its diary restored from the backup, then rolled back behind its witness
    // (`problems`), then its database damaged and set aside (`info`'s `set_aside`).
    run.data = path("second");
    run.ok("diary restore", &["diary", "restore", &path("d.bak"), "--passphrase-file", &path("pass")]);
    let older = std::fs::read(path("second/werkmaat.db")).unwrap();
    run.ok("diary add care", &["diary", "add", "care", "--with", "gp", "--at", "2026-11-28T08:00:00+01:00"]);
    std::fs::write(path("second/werkmaat.db"), older).unwrap();
    let rolled_back = run.exit("diary verify", 1, &["diary", "verify"]);
    assert!(!rolled_back["problems"].as_array().unwrap().is_empty());
    std::fs::write(path("second/werkmaat.db"), vec![7u8; 8192]).unwrap();
    let info = run.ok("info", &["info"]);
    assert!(!info["set_aside"].as_array().unwrap().is_empty());
    run.ok("wipe", &["wipe", "--yes"]);

    let failed = run.output(&["guides", "show", "no-such-guide"]);
    assert_eq!(failed.status.code(), Some(5));
    let error: Value = serde_json::from_slice(&failed.stderr).unwrap();

    let mut checker = Checker { records: &records, met: BTreeSet::new() };
    let found = checker.check(&error, &Shape::Record("ERROR".to_owned()), "error").unwrap();
    checker.met.extend(found);
    let mut ran = BTreeSet::new();
    for (command, value) in &run.printed {
        let found = checker.check(value, &commands[command], command).unwrap_or_else(|misfit| panic!("{misfit}"));
        checker.met.extend(found);
        ran.insert(command.clone());
    }

    // Every command ran, and every object the README describes was met with content.
    let mut skipped: BTreeSet<String> = BTreeSet::new();
    if pki.is_none() {
        skipped.extend(["diary anchor request", "diary anchor add", "ANCHOR"].map(str::to_owned));
    }
    let not_run: Vec<_> = documented.difference(&ran).filter(|c| !skipped.contains(*c)).collect();
    assert!(not_run.is_empty(), "commands of the README's table that the test did not run: {not_run:?}");
    let mut described = BTreeSet::new();
    commands.values().chain(records.values()).for_each(|shape| object_ids(shape, &mut described));
    described.extend(records.keys().cloned());
    // Photos are attached by a phone's camera; the CLI has no flag for them.
    skipped.insert("INCIDENT.photos".to_owned());
    let unmet: Vec<_> = described.difference(&checker.met).filter(|id| !skipped.contains(*id)).collect();
    assert!(unmet.is_empty(), "objects the README describes that no output held: {unmet:?}");
}
