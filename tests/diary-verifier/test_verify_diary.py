"""pytest for the independent diary verifier (written from docs/diary-format.md alone)."""
import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VECTORS = ROOT / "docs" / "diary-vectors"
FORGERIES = ROOT / "tests" / "forgeries"
sys.path.insert(0, str(HERE))

import verify_diary as vd  # noqa: E402

GENESIS = "0" * 64
V2_HEAD = "5195530b25494ab6f092382228943434237695259dbabab3a85ffe2f7af4728d"


def load(path):
    return vd.load_json(Path(path).read_text(encoding="utf-8"))


def reasons(result):
    return sorted({p["reason"] for p in result["problems"]})


def v2():
    return load(VECTORS / "v2-export.json")


def rev_by_seq(export, seq):
    return next(r for r in export["revisions"] if vd.as_int(r["seq"]) == seq)


# ---------------------------------------------------------------- golden vectors

V2_VECTORS = json.loads((VECTORS / "v2-vectors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("vec", V2_VECTORS, ids=lambda v: f"seq{v['seq']}-{v['kind']}")
def test_v2_vector_bytes_and_hashes(vec):
    export = v2()
    r = rev_by_seq(export, vec["seq"])
    by_seq = {vd.as_int(x["seq"]): x for x in export["revisions"]}
    # location
    if vec["location_bytes"] is None:
        assert r.get("location") is None
    else:
        loc = r["location"]
        lb = vd.jcs({"lat": loc["lat"], "lon": loc["lon"], "salt": loc["salt"]})
        assert lb == vec["location_bytes"]
        assert vd.sha256_hex(lb) == vec["location_hash"] == r["location_hash"]
    # content
    if vec["kind"] == "tombstone":
        assert vec["content_bytes"] is None
        assert r["deleted"] is True
    else:
        cb = vd.jcs(vd.f2_content(r))
        assert cb == vec["content_bytes"]
        assert vd.sha256_hex(cb) == vec["content_digest"]
    assert r["content_digest"] == vec["content_digest"]
    # revision
    ts = None
    if r["action"] == "delete":
        ts = [{"seq": s, "prev_hash": by_seq[vd.as_int(s)]["prev_hash"],
               "hash": by_seq[vd.as_int(s)]["hash"]} for s in r["tombstones"]]
    rb = vd.jcs(vd.f2_revision_object(r, r["content_digest"], ts))
    assert rb == vec["revision_bytes"]
    assert vd.sha256_hex(rb) == vec["hash"] == r["hash"]


def test_v1_before_deletion_hashes_and_links():
    revs = load(VECTORS / "v1-before-deletion.json")
    assert len(revs) == 6
    prev = GENESIS
    for r in revs:
        assert r["prev_hash"] == prev
        assert vd.f1_hash(r) == r["hash"], f"seq {r['seq']}"
        if r.get("location") is not None:
            assert vd.f1_location_hash(r["location"]) == r["location_hash"]
        prev = r["hash"]


def test_v1_export_keeps_hashes_of_before_deletion():
    before = {vd.as_int(r["seq"]): r for r in load(VECTORS / "v1-before-deletion.json")}
    export = load(VECTORS / "v1-export.json")
    for r in export["revisions"]:
        b = before[vd.as_int(r["seq"])]
        assert r["hash"] == b["hash"] and r["prev_hash"] == b["prev_hash"]
        if r.get("deleted") is not True:
            assert vd.f1_hash(r) == r["hash"]


def test_v1_export_verifies():
    res = vd.verify(load(VECTORS / "v1-export.json"))
    assert res["ok"], res["problems"]
    assert res["format_version"] == 1
    assert res["revisions"] == 6
    assert res["gaps"] == [4]
    assert res["head"] == "e417e158cfaeb7b73516f9034cee776e5b509bb39d409a600c083f285d389b0b"


def test_v2_export_verifies():
    res = vd.verify(v2())
    assert res["ok"], res["problems"]
    assert res["format_version"] == 2
    assert res["revisions"] == 12
    assert res["gaps"] == [2, 4, 9]
    assert res["damaged"] == []
    assert res["entries"] == 4
    assert res["head"] == V2_HEAD


def test_v2_export_continues_v1_chain():
    e1 = load(VECTORS / "v1-export.json")
    e2 = v2()
    assert e2["revisions"][6]["prev_hash"] == e1["head"]


# ---------------------------------------------------------------- forgery corpus

EXPECTED = json.loads((FORGERIES / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_complete():
    files = {p.name for p in FORGERIES.glob("*.json")} - {"expected.json"}
    assert files == {e["file"] for e in EXPECTED}


@pytest.mark.parametrize("case", EXPECTED, ids=lambda e: e["file"])
def test_forgery(case):
    """Strictly by the spec: numbers are taken as the export writes them."""
    res = vd.verify(load(FORGERIES / case["file"]))
    assert (res["ok"], reasons(res)) == (case["ok"], sorted(case["reasons"])), res["problems"]


@pytest.mark.parametrize("case", EXPECTED, ids=lambda e: e["file"])
def test_forgery_reading_hours_as_f32(case):
    """Diagnostic (not the spec, SPEC-QUESTIONS Q1): missed_work_hours read as a 32-bit float."""
    export = load(FORGERIES / case["file"])
    vd.read_hours_as_f32(export)
    res = vd.verify(export)
    assert (res["ok"], reasons(res)) == (case["ok"], sorted(case["reasons"])), res["problems"]


def test_corpus_numbers_are_as_the_core_exports_them():
    """Spec 4.1/5: missed_work_hours is written as the shortest decimal of the app's f32 and a
    verifier takes it as written. Files that write the f32 widened to f64 (1.100000023841858) cannot
    have their format-1 hashes recomputed (SPEC-QUESTIONS Q1)."""
    widened = []
    for case in EXPECTED:
        for r in load(FORGERIES / case["file"])["revisions"]:
            h = (r.get("entry") or {}).get("missed_work_hours")
            if isinstance(h, vd.Num) and vd.f32_shortest(float(h.raw)).rstrip("0").rstrip(".") != h.raw.rstrip("0").rstrip("."):
                widened.append(f"{case['file']} seq {r['seq'].raw}: {h.raw}")
    assert widened == []


# ---------------------------------------------------------------- witness

def test_witness_matching_is_ok():
    assert vd.verify(v2(), (12, V2_HEAD))["ok"]
    assert vd.verify(v2(), (6, rev_by_seq(v2(), 6)["hash"]))["ok"]
    assert vd.verify(v2(), (0, GENESIS))["ok"]


def test_witness_ahead_of_export_is_rolled_back():
    res = vd.verify(v2(), (13, "ab" * 32))
    assert res["problems"] == [{"seq": 13, "reason": "rolled_back"}]


def test_witness_other_head_is_rolled_back():
    res = vd.verify(v2(), (12, "ab" * 32))
    assert res["problems"] == [{"seq": 12, "reason": "rolled_back"}]


def test_cut_tail_new_head_with_witness_is_rolled_back():
    res = vd.verify(load(FORGERIES / "cut_tail_new_head.json"), (12, V2_HEAD))
    assert {"seq": 12, "reason": "rolled_back"} in res["problems"]


def test_rewrite_new_head_with_witness_is_rolled_back():
    export = load(FORGERIES / "rewrite_before_deletion_new_head.json")
    vd.read_hours_as_f32(export)  # Q1: so that only the witness speaks
    for seq in (7, 12):
        res = vd.verify(copy.deepcopy(export), (seq, rev_by_seq(v2(), seq)["hash"]))
        assert res["problems"] == [{"seq": seq, "reason": "rolled_back"}]


def test_known_weakness_with_witness_inside_run_is_rolled_back():
    export = load(FORGERIES / "known_weakness_format_1_tombstone.json")
    vd.read_hours_as_f32(export)
    res = vd.verify(export, (3, rev_by_seq(v2(), 3)["hash"]))
    assert res["problems"] == [{"seq": 3, "reason": "rolled_back"}]


# ---------------------------------------------------------------- damaged rows

def _damage(export, seq, keep_hash=True):
    r = rev_by_seq(export, seq)
    export["revisions"].remove(r)
    export.setdefault("damaged", []).append(
        {"seq": vd.Num(str(seq), True), "hash": r["hash"] if keep_hash else None})
    return export


def test_damaged_row_with_hash():
    res = vd.verify(_damage(v2(), 8))
    assert res["problems"] == [{"seq": 8, "reason": "damaged"}]
    assert res["damaged"] == [8] and res["revisions"] == 12 and not res["ok"]


def test_damaged_row_without_hash_skips_next_link():
    res = vd.verify(_damage(v2(), 8, keep_hash=False))
    assert res["problems"] == [{"seq": 8, "reason": "damaged"}]


def test_damaged_tombstone_does_not_break_its_delete():
    # seq 9 is the tombstone the delete at seq 10 lists: the delete is not recomputed
    res = vd.verify(_damage(v2(), 9))
    assert res["problems"] == [{"seq": 9, "reason": "damaged"}]


def test_damaged_delete_named_by_deleted_by():
    res = vd.verify(_damage(v2(), 10))
    assert res["problems"] == [{"seq": 10, "reason": "damaged"}]


def test_damaged_last_row():
    res = vd.verify(_damage(v2(), 12))
    assert res["problems"] == [{"seq": 12, "reason": "damaged"}]


# ---------------------------------------------------------------- rules, one by one

def test_empty_diary():
    res = vd.verify({"format": "werkmaat-diary", "version": vd.Num("2", True),
                     "head": GENESIS, "revisions": []})
    assert res["ok"] and res["format_version"] == 2 and res["head"] == GENESIS


def test_not_a_diary():
    with pytest.raises(vd.NotADiary):
        vd.verify({"format": "something", "version": vd.Num("2", True), "revisions": []})
    with pytest.raises(vd.NotADiary):
        vd.verify({"format": "werkmaat-diary", "version": vd.Num("3", True), "revisions": []})


def test_unknown_fields_are_ignored():
    e = v2()
    rev_by_seq(e, 7)["extra"] = "x"
    rev_by_seq(e, 7)["entry"]["extra"] = "y"
    rev_by_seq(e, 1)["entry"]["extra"] = "z"
    assert vd.verify(e)["ok"]


def test_format_2_times_are_normalized():
    e = v2()
    rev_by_seq(e, 12)["recorded_at"] = "2026-11-17T11:00:00+01:00"
    rev_by_seq(e, 7)["entry"]["at"] = "2026-11-16T08:15:00.000+01:00"
    assert vd.verify(e)["ok"]


def test_format_2_time_with_fraction_is_malformed():
    e = v2()
    rev_by_seq(e, 12)["recorded_at"] = "2026-11-17T10:00:00.5Z"
    assert "malformed" in reasons(vd.verify(e))


def test_format_downgrade():
    e = v2()
    last = e["revisions"][-1]
    r = {"format_version": vd.Num("1", True), "seq": vd.Num("13", True),
         "entry_id": "3a3a0735b295c29b", "revision": vd.Num("2", True),
         "recorded_at": "2026-11-18T10:00:00Z", "action": "correct",
         "entry": {"kind": "care_contact", "at": "2026-11-17T09:15:00+01:00", "with": "gp", "advice": None},
         "location": None, "location_hash": None, "deleted": False, "prev_hash": last["hash"]}
    r["hash"] = vd.f1_hash(r)
    e["revisions"].append(r)
    e["head"] = r["hash"]
    res = vd.verify(e)
    assert res["problems"] == [{"seq": 13, "reason": "format_downgrade"}]


def test_content_digest_on_format_1_is_malformed():
    e = load(VECTORS / "v1-export.json")
    e["revisions"][0]["content_digest"] = "00" * 32
    assert reasons(vd.verify(e)) == ["malformed"]


def test_location_not_giving_its_hash():
    e = v2()
    rev_by_seq(e, 12)["location"]["lat"] = vd.Num("52.3677", False)
    assert vd.verify(e)["problems"] == [{"seq": 12, "reason": "hash_mismatch"}]


def test_location_left_out_is_fine():
    e = v2()
    rev_by_seq(e, 12)["location"] = None
    rev_by_seq(e, 1)["location"] = None
    assert vd.verify(e)["ok"]


def test_head_mismatch_at_last_position():
    e = v2()
    e["head"] = GENESIS
    assert vd.verify(e)["problems"] == [{"seq": 12, "reason": "head_mismatch"}]


def test_tombstone_not_listed_by_its_delete():
    e = v2()
    rev_by_seq(e, 10)["tombstones"] = []
    assert reasons(vd.verify(e)) == ["hash_mismatch", "tombstone_mismatch", "unlinked_tombstone"]


# ---------------------------------------------------------------- JCS

@pytest.mark.parametrize("x,s", [
    (0.0, "0"), (-0.0, "0"), (52.0, "52"), (2.5, "2.5"), (1.1, "1.1"),
    (1e21, "1e+21"), (1e20, "100000000000000000000"), (1e-7, "1e-7"), (0.000001, "0.000001"),
    (123456789012345680000.0, "123456789012345680000"), (5e-324, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (333333333.3333333, "333333333.3333333"),
    (-1.5e-10, "-1.5e-10"), (4.9041, "4.9041"),
])
def test_es_number(x, s):
    assert vd.es_number(x) == s


def test_jcs_sorts_keys_by_utf16_and_escapes():
    obj = {"\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\U0001F600": 5, "\u0080": 6, "\u00f6": 7}
    keys = list(json.loads(vd.jcs(obj)).keys())
    assert keys == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001F600", "\ufb33"]
    assert vd.jcs("a\"\\\b\f\n\r\t\x01\x7f\u2028é") == '"a\\"\\\\\\b\\f\\n\\r\\t\\u0001\x7f\u2028é"'


def test_f32_shortest():
    assert vd.f32_shortest(1.100000023841858) == "1.1"
    assert vd.f32_shortest(2.5) == "2.5"
    assert vd.f32_shortest(2.0) == "2.0"


# ---------------------------------------------------------------- CLI

def run_cli(*args):
    return subprocess.run([sys.executable, str(HERE / "verify_diary.py"), *map(str, args)],
                          capture_output=True, text=True)


def test_cli_ok():
    p = run_cli(VECTORS / "v2-export.json", "--witness", f"12:{V2_HEAD}")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) >= {"ok", "format_version", "entries", "revisions", "head", "gaps", "damaged", "problems"}


def test_cli_rolled_back_exits_1():
    p = run_cli(VECTORS / "v2-export.json", "--witness", f"13:{V2_HEAD}")
    assert p.returncode == 1
    assert json.loads(p.stdout)["problems"] == [{"seq": 13, "reason": "rolled_back"}]


def test_cli_not_a_diary_exits_2():
    assert run_cli(FORGERIES / "expected.json").returncode == 2
    assert run_cli(VECTORS / "v2-export.json", "--witness", "nonsense").returncode == 2
    assert run_cli(HERE / "does-not-exist.json").returncode == 2


# ---------------------------------------------------------------- anchors (section 7.1)

ANCHORED = VECTORS / "v2-anchored-export.json"
TSA_CA = VECTORS / "tsa-ca.pem"
ANCHORED_FORGERIES = ["anchored_cut_tail_new_head", "anchored_token_altered",
                      "anchored_time_changed", "anchored_seq_moved"]


def anchored():
    return load(ANCHORED)


def anchor_ref(anchor):
    return {k: (vd.as_int(anchor[k]) if k == "seq" else anchor[k]) for k in ("seq", "head", "time", "tsa")}


def test_anchored_vector_verifies_with_its_anchor():
    export = anchored()
    res = vd.verify(export)
    assert res["ok"], res["problems"]
    assert res["anchors"] == [anchor_ref(a) for a in export["anchors"]]
    [anchor] = res["anchors"]
    assert anchor["seq"] < res["revisions"], "revisions were added after the anchor"
    assert rev_by_seq(export, anchor["seq"])["hash"] == anchor["head"]


def test_anchored_vector_with_the_receivers_own_ca():
    p = run_cli(ANCHORED, "--tsa-cert", TSA_CA)
    assert p.returncode == 0, p.stdout + p.stderr
    assert json.loads(p.stdout)["anchors"] == [anchor_ref(a) for a in anchored()["anchors"]]


def _other_ca_pem(tmp_path, subject):
    """A CA of the given name but another key: trusting it must not make the token check."""
    from datetime import datetime, timedelta, timezone
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name.from_rfc4514_string(subject)
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=3650)).not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path = tmp_path / "other-ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_trusting_another_ca_gives_anchor_invalid(tmp_path):
    from cryptography import x509
    subject = x509.load_pem_x509_certificate(TSA_CA.read_bytes()).subject.rfc4514_string()
    p = run_cli(ANCHORED, "--tsa-cert", _other_ca_pem(tmp_path, subject))
    assert p.returncode == 1, p.stderr
    out = json.loads(p.stdout)
    [anchor] = anchored()["anchors"]
    assert out["problems"] == [{"seq": vd.as_int(anchor["seq"]), "reason": "anchor_invalid"}]
    assert out["anchors"] == []


def test_anchored_forgeries_are_in_the_corpus_and_fail_at_their_anchor():
    listed = {e["file"]: e for e in EXPECTED}
    for name in ANCHORED_FORGERIES:
        case = listed[f"{name}.json"]
        export = load(FORGERIES / case["file"])
        res = vd.verify(export)
        [anchor] = export["anchors"]
        assert not case["ok"] and case["reasons"], name
        assert res["problems"] == [{"seq": vd.as_int(anchor["seq"]), "reason": r} for r in case["reasons"]], name
        assert res["anchors"] == [], name


@pytest.mark.parametrize("field,value", [
    ("tsa", "CN=someone else"),
    ("head", "ab" * 32),
    ("trusted", []),
    ("token", "3000"),
    ("trusted", ["3000"]),
    ("head", "AB" * 16),
    ("time", "2020-01-01T00:00:00Z"),
])
def test_an_anchor_that_does_not_say_what_its_token_says_is_invalid(field, value):
    export = anchored()
    export["anchors"][0][field] = value
    res = vd.verify(export)
    assert res["problems"] == [{"seq": vd.as_int(export["anchors"][0]["seq"]), "reason": "anchor_invalid"}]


@pytest.mark.parametrize("field,value", [
    ("seq", None), ("seq", vd.Num("-1", True)), ("seq", "3"), ("head", None), ("time", "yesterday"),
    ("time", None), ("tsa", vd.Num("5", True)), ("token", "not hex"), ("token", "abc"), ("trusted", None),
    ("trusted", "ab"), ("trusted", ["abc"]),
])
def test_an_anchor_without_its_fields_is_no_diary_export(field, value):
    """SPEC-QUESTIONS Q15: the spec's table gives every field a type; without them, an error."""
    export = anchored()
    if value is None:
        del export["anchors"][0][field]
    else:
        export["anchors"][0][field] = value
    with pytest.raises(vd.NotADiary):
        vd.verify(export)


def test_anchors_that_are_not_a_list_are_no_diary_export():
    for value in (None, {}, "x"):
        export = anchored()
        export["anchors"] = value
        with pytest.raises(vd.NotADiary):
            vd.verify(export)


def test_the_anchors_time_is_an_instant():
    """Step 5 compares genTime and `time` as instants: another offset or `.000` is the same time."""
    export = anchored()
    t = vd._anchor_time(export["anchors"][0]["time"])
    from datetime import timedelta, timezone
    for text in (t.astimezone(timezone(timedelta(hours=1))).isoformat(),
                 t.strftime("%Y-%m-%dT%H:%M:%S.000Z")):
        export["anchors"][0]["time"] = text
        res = vd.verify(export)
        assert res["ok"] and res["anchors"][0]["time"] == text, (text, res["problems"])


def test_a_head_in_capitals_is_a_mismatch():
    """The token's imprint is the same 32 bytes, but `head` is compared with the row's hash as
    written (64 lowercase hex digits)."""
    export = anchored()
    export["anchors"][0]["head"] = export["anchors"][0]["head"].upper()
    assert vd.verify(export)["problems"] == [
        {"seq": vd.as_int(export["anchors"][0]["seq"]), "reason": "anchor_mismatch"}]


def test_an_anchor_or_witness_at_a_damaged_row_without_hash_is_not_compared():
    export = anchored()
    seq = vd.as_int(export["anchors"][0]["seq"])
    _damage(export, seq, keep_hash=False)
    res = vd.verify(export, (seq, "ab" * 32))
    assert res["problems"] == [{"seq": seq, "reason": "damaged"}]
    assert len(res["anchors"]) == 1


def test_each_anchor_that_holds_is_listed():
    export = anchored()
    export["anchors"].append(copy.deepcopy(export["anchors"][0]))
    assert vd.verify(export)["anchors"] == [anchor_ref(export["anchors"][0])] * 2


def test_an_anchor_of_a_rewritten_head_is_a_mismatch_not_invalid():
    """A token that checks but whose head is not the chain's at its seq: anchor_mismatch."""
    export = anchored()
    seq = vd.as_int(export["anchors"][0]["seq"])
    rev_by_seq(export, seq)["hash"] = "cd" * 32  # the row's stated hash no longer the anchor's head
    assert {"seq": seq, "reason": "anchor_mismatch"} in vd.verify(export)["problems"]


def test_the_tsa_certificate_itself_may_be_the_trusted_one():
    """Step 4: the signer's certificate is one of the trusted (no issuer needed)."""
    from asn1crypto import cms
    export = anchored()
    token = bytes.fromhex(export["anchors"][0]["token"])
    certs = cms.ContentInfo.load(token)["content"]["certificates"]
    export["anchors"][0]["trusted"] = [c.chosen.dump().hex() for c in certs]
    res = vd.verify(export)
    assert res["ok"], res["problems"]


def test_an_extra_anchor_from_elsewhere_is_compared_the_same_way():
    """Two anchors over the same token but one moved: only the moved one fails."""
    export = anchored()
    moved = copy.deepcopy(export["anchors"][0])
    moved["seq"] = vd.Num(str(vd.as_int(moved["seq"]) + 1), True)
    export["anchors"].append(moved)
    res = vd.verify(export)
    assert res["problems"] == [{"seq": vd.as_int(moved["seq"]), "reason": "anchor_mismatch"}]
    assert res["anchors"] == [anchor_ref(export["anchors"][0])]


OPENSSL = shutil.which("openssl")


@pytest.mark.skipif(OPENSSL is None, reason="openssl is not installed (apt-get install openssl)")
@pytest.mark.parametrize("file", [ANCHORED] + [FORGERIES / f"{n}.json" for n in ANCHORED_FORGERIES],
                         ids=lambda p: p.stem)
def test_openssl_agrees_on_the_token(file, tmp_path):
    """Cross-check with `openssl ts -verify` at the token's genTime: it and anchor_token.py accept
    the same tokens (steps 1-4; step 5 compares the anchor's own fields, which openssl does not
    see)."""
    import anchor_token
    from cryptography import x509
    [anchor] = load(file)["anchors"]
    token = bytes.fromhex(anchor["token"])
    (tmp_path / "token.der").write_bytes(token)
    trusted = [x509.load_der_x509_certificate(bytes.fromhex(c)) for c in anchor["trusted"]]
    try:
        stamped = anchor_token.check_token(token, bytes.fromhex(anchor["head"]), trusted)
        ours, at = True, stamped.gen_time
    except anchor_token.Invalid:
        ours, at = False, None
    if at is None:  # genTime of the vector's own token: when the certificates are judged
        [real] = anchored()["anchors"]
        at = vd._anchor_time(real["time"])
    p = subprocess.run([OPENSSL, "ts", "-verify", "-token_in", "-in", "token.der", "-digest", anchor["head"],
                        "-CAfile", str(TSA_CA), "-attime", str(int(at.timestamp()))],
                       cwd=tmp_path, capture_output=True, text=True)
    assert (p.returncode == 0) == ours, p.stdout + p.stderr


# ---------------------------------------------------------------- anchors from a TSA made here
# Tokens for the anchored vector's head from `openssl ts -reply` (Debian's openssl) with
# certificates made here, so each rule of section 7.1 step 4 meets a token that breaks it.

TSA_CONFIG = """
[ req ]
distinguished_name = dn
[ dn ]
[ test_ca ]
dir = .
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/ca.serial
default_md = sha256
default_days = 365
policy = any
unique_subject = no
copy_extensions = none
[ any ]
organizationName = optional
commonName = supplied
[ ca_cert ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
[ tsa_cert ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
[ plain_cert ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
[ tsa_config ]
dir = .
serial = $dir/tsa.serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
[ tsa_millis ]
dir = .
serial = $dir/tsa.serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
clock_precision_digits = 3
"""

KEYS = {"rsa": ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
        "p256": ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
        "p384": ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"]}


class Pki:
    def __init__(self, path):
        self.path = path
        (path / "openssl.cnf").write_text(TSA_CONFIG)
        (path / "index.txt").write_text("")
        (path / "ca.serial").write_text("1000\n")
        (path / "tsa.serial").write_text("01\n")
        (path / "issued").mkdir()

    def openssl(self, *args):
        p = subprocess.run([OPENSSL, *args], cwd=self.path, capture_output=True, text=True)
        assert p.returncode == 0, f"openssl {' '.join(args)}: {p.stderr}"

    def der(self, name):
        self.openssl("x509", "-in", f"{name}.pem", "-outform", "DER", "-out", f"{name}.der")
        return (self.path / f"{name}.der").read_bytes()

    def ca(self, name, key="rsa"):
        self.openssl("genpkey", *KEYS[key], "-out", f"{name}.key")
        self.openssl("req", "-new", "-x509", "-config", "openssl.cnf", "-extensions", "ca_cert", "-sha256",
                     "-days", "3650", "-key", f"{name}.key", "-subj", "/CN=Werkmaat test CA", "-out", f"{name}.pem")
        return self.der(name)

    def issue(self, ca, name, key="rsa", section="tsa_cert", validity=None):
        self.openssl("genpkey", *KEYS[key], "-out", f"{name}.key")
        self.openssl("req", "-new", "-config", "openssl.cnf", "-key", f"{name}.key",
                     "-subj", f"/O=Werkmaat test/CN={name}", "-out", f"{name}.csr")
        dates = ["-startdate", validity[0], "-enddate", validity[1]] if validity else []
        self.openssl("ca", "-config", "openssl.cnf", "-name", "test_ca", "-batch", "-notext", "-cert", f"{ca}.pem",
                     "-keyfile", f"{ca}.key", "-extensions", section, "-in", f"{name}.csr", "-out", f"{name}.pem",
                     *dates)
        return self.der(name)

    def anchor(self, head, signer, section="tsa_config"):
        """An anchor of `head` signed by `signer`, its fields read from the token."""
        from asn1crypto import cms, tsp
        from cryptography import x509
        self.openssl("ts", "-query", "-digest", head, "-sha256", "-cert", "-out", "request.tsq")
        self.openssl("ts", "-reply", "-config", "openssl.cnf", "-section", section, "-queryfile",
                     "request.tsq", "-signer", f"{signer}.pem", "-inkey", f"{signer}.key", "-out", "reply.tsr")
        reply = tsp.TimeStampResp.load((self.path / "reply.tsr").read_bytes())
        token = reply["time_stamp_token"].dump()
        signed = cms.ContentInfo.load(token)["content"]
        gen_time = signed["encap_content_info"]["content"].parsed["gen_time"].native
        subject = x509.load_pem_x509_certificate((self.path / f"{signer}.pem").read_bytes()).subject
        return {"head": head, "time": gen_time.isoformat().replace("+00:00", "Z"), "tsa": subject.rfc4514_string(),
                "token": token.hex()}


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    if OPENSSL is None:
        pytest.skip("openssl is not installed (apt-get install openssl)")
    return Pki(tmp_path_factory.mktemp("pki"))


def anchored_by(pki, signer, trusted, section="tsa_config"):
    export = anchored()
    a = export["anchors"][0]
    a.update(pki.anchor(a["head"], signer, section), trusted=[c.hex() for c in trusted])
    return export


def test_a_gen_time_with_a_fraction_of_a_second(pki):
    """Section 7.1, step 5: genTime in whole seconds; a token with a fraction does not check
    (SPEC-QUESTIONS Q20, decided)."""
    ca = pki.ca("ca-millis")
    pki.issue("ca-millis", "tsa-millis")
    export = anchored_by(pki, "tsa-millis", [ca], "tsa_millis")
    for _ in range(5):  # a whole second by chance now and then: try again
        if "." in export["anchors"][0]["time"]:
            break
        export = anchored_by(pki, "tsa-millis", [ca], "tsa_millis")
    assert "." in export["anchors"][0]["time"]
    res = vd.verify(export)
    assert not res["ok"] and [p["reason"] for p in res["problems"]] == ["anchor_invalid"], res["problems"]


@pytest.mark.parametrize("key,section,validity,holds", [
    ("rsa", "tsa_cert", None, True),
    ("p256", "tsa_cert", None, True),
    ("p384", "tsa_cert", None, False),  # step 3: ECDSA P-256 only
    ("rsa", "tsa_cert", ("20200101000000Z", "20210101000000Z"), False),  # step 4: not valid at genTime
])
def test_step_3_and_4_with_a_real_tsa(pki, key, section, validity, holds):
    ca = pki.ca(f"ca-{key}")
    name = f"tsa-{key}-{section}-{'old' if validity else 'now'}"
    pki.issue(f"ca-{key}", name, key, section, validity)
    export = anchored_by(pki, name, [ca])
    res = vd.verify(export)
    seq = vd.as_int(export["anchors"][0]["seq"])
    assert res["problems"] == ([] if holds else [{"seq": seq, "reason": "anchor_invalid"}])
    assert len(res["anchors"]) == (1 if holds else 0)


def test_the_tsa_certificate_trusted_directly_and_an_issuer_not_valid_at_gen_time(pki):
    ca = pki.ca("ca-direct")
    tsa = pki.issue("ca-direct", "tsa-direct")
    assert vd.verify(anchored_by(pki, "tsa-direct", [tsa]))["ok"], "one of the trusted itself"
    # The same CA name and key, but a certificate of it that had expired by genTime: not trusted.
    from datetime import datetime, timezone
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    key = serialization.load_pem_private_key((pki.path / "ca-direct.key").read_bytes(), None)
    name = x509.Name.from_rfc4514_string("CN=Werkmaat test CA")
    expired = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(datetime(2020, 1, 1, tzinfo=timezone.utc))
               .not_valid_after(datetime(2021, 1, 1, tzinfo=timezone.utc))
               .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
               .sign(key, hashes.SHA256()))
    export = anchored_by(pki, "tsa-direct", [expired.public_bytes(serialization.Encoding.DER)])
    assert [p["reason"] for p in vd.verify(export)["problems"]] == ["anchor_invalid"]
    export["anchors"][0]["trusted"] = [ca.hex()]
    assert vd.verify(export)["ok"], "the same token under the CA's valid certificate"


# ---------------------------------------------------------------- attachments (sections 4.5, 9)

ATTACHED = VECTORS / "v2-attachments"


def attached_copy(tmp_path):
    """The attachments vector copied to `tmp_path`: its export (parsed) and folder."""
    folder = tmp_path / "export"
    shutil.copytree(ATTACHED, folder)
    return load(folder / "export.json"), folder


def listed(export, media_type):
    """The list item and the create of the live attachment of `media_type`."""
    create = next(r for r in export["revisions"]
                  if (r.get("attachment") or {}).get("media_type") == media_type)
    item = next(i for i in export["attachments"] if i["id"] == create["entry_id"])
    return item, create


def test_attachments_vector_verifies_with_its_files(tmp_path):
    export, folder = attached_copy(tmp_path)
    res = vd.verify(export, folder=str(folder))
    assert res["ok"], res["problems"]
    assert res["entries"] == 1, "attachments are not entries"
    assert res["gaps"] == [4], "the deleted attachment's create is a tombstone"
    assert run_cli(folder / "export.json").returncode == 0


def test_a_photo_without_location_states_its_own_hash_and_a_pdf_is_the_original():
    export = load(ATTACHED / "export.json")
    photo, photo_create = listed(export, "image/jpeg")
    pdf, pdf_create = listed(export, "application/pdf")
    assert photo["location_removed"] is True
    assert photo["file_sha256"] != photo_create["attachment"]["sha256"]
    assert pdf["location_removed"] is False
    assert pdf["file_sha256"] == pdf_create["attachment"]["sha256"]
    assert pdf["file"] == f"attachments/{pdf['file_sha256']}.pdf"


def test_changed_attachment_bytes_are_attachment_changed(tmp_path):
    export, folder = attached_copy(tmp_path)
    item, create = listed(export, "application/pdf")
    (folder / item["file"]).write_bytes(b"%PDF-1.4\n% another payslip\n")
    res = vd.verify(export, folder=str(folder))
    assert res["problems"] == [{"seq": vd.as_int(create["seq"]), "reason": "attachment_changed"}]
    cli = run_cli(folder / "export.json")
    assert cli.returncode == 1 and "attachment_changed" in cli.stdout


def test_a_missing_file_is_attachment_missing(tmp_path):
    export, folder = attached_copy(tmp_path)
    item, create = listed(export, "image/jpeg")
    (folder / item["file"]).unlink()
    res = vd.verify(export, folder=str(folder))
    assert res["problems"] == [{"seq": vd.as_int(create["seq"]), "reason": "attachment_missing"}]
    assert vd.verify(export)["ok"], "without the folder only the chain is checked"


def test_a_copy_passed_off_as_the_original_is_attachment_changed(tmp_path):
    export, folder = attached_copy(tmp_path)
    item, create = listed(export, "image/jpeg")
    item["location_removed"] = False
    res = vd.verify(export, folder=str(folder))
    assert res["problems"] == [{"seq": vd.as_int(create["seq"]), "reason": "attachment_changed"}]


@pytest.mark.parametrize("path", ["../export.json", "/etc/hostname", "attachments//x.jpg", "./a.jpg"])
def test_a_listed_path_outside_the_folder_is_attachment_changed(tmp_path, path):
    export, folder = attached_copy(tmp_path)
    item, create = listed(export, "image/jpeg")
    item["file"] = path
    res = vd.verify(export, folder=str(folder))
    assert res["problems"] == [{"seq": vd.as_int(create["seq"]), "reason": "attachment_changed"}]


def test_a_changed_recorded_hash_breaks_the_chain(tmp_path):
    export, folder = attached_copy(tmp_path)
    _, create = listed(export, "application/pdf")
    create["attachment"]["sha256"] = "0" * 64
    assert "hash_mismatch" in reasons(vd.verify(export))


@pytest.mark.parametrize("change", [
    lambda r: r.update(action="correct"),
    lambda r: r["attachment"].update(kind="selfie"),
    lambda r: r["attachment"].pop("bytes"),
    lambda r: r["attachment"].update(sha256="AB" * 32),
    lambda r: r.update(location_hash="0" * 64),
    lambda r: r.update(entry={"kind": "care_contact", "at": "2026-11-27T09:00:00+01:00", "with": "gp"}),
])
def test_an_attachment_that_does_not_fit_its_create_is_malformed(change):
    export = load(ATTACHED / "export.json")
    _, create = listed(export, "image/jpeg")
    change(create)
    assert "malformed" in reasons(vd.verify(export))
