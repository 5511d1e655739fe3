#!/usr/bin/env python3
"""Independent verifier for the Werkmaat diary export (docs/diary-format.md, format_version 2).

Written from the spec, the golden vectors and the forgery corpus only. The chain needs the
standard library only; JCS (RFC 8785) is implemented here: the values in the diary are strings,
integers, floats, booleans, null, lists and objects, which is all RFC 8785 needs. Anchors (RFC 3161
tokens, section 7.1) are checked by anchor_token.py with asn1crypto and cryptography.

Usage: verify_diary.py EXPORT.json [--witness SEQ:HEAD] [--tsa-cert PEM ...] [--f32-hours]

--tsa-cert: the receiver's own trusted TSA or CA certificates (a PEM file, may hold several; the
option may be repeated); anchors are then checked against these instead of the export's `trusted`.

--f32-hours is a diagnostic, not the spec: it reads `missed_work_hours` as a 32-bit float
(SPEC-QUESTIONS.md Q1).
Exit: 0 ok, 1 not ok, 2 not a diary export / unreadable / bad arguments.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import anchor_token

GENESIS = "0" * 64
# Section 7's table: problems at one seq are sorted in this order.
REASONS = ["malformed", "sequence", "broken_link", "hash_mismatch", "format_downgrade",
           "unlinked_tombstone", "tombstone_mismatch", "head_mismatch", "rolled_back",
           "anchor_mismatch", "anchor_invalid", "attachment_missing", "attachment_changed", "damaged"]
# Section 4.5: an attachment's kinds and media types.
ATTACHMENT_KINDS = ("photo", "payslip", "contract", "housing", "other")
MEDIA_TYPES = ("image/jpeg", "image/png", "image/heic", "application/pdf")


class NotADiary(Exception):
    """The input is not a diary export (an error, not a verification result)."""


class Bad(Exception):
    """A row cannot be canonicalized: reported as `malformed`."""


UNFIT = (Bad, TypeError, AttributeError, ValueError, KeyError, OverflowError)


# --------------------------------------------------------------------------------------------
# JSON numbers kept with their text (format 1 hashes numbers exactly as the export writes them)


class Num:
    __slots__ = ("raw", "is_int")

    def __init__(self, raw: str, is_int: bool):
        self.raw = raw
        self.is_int = is_int

    def __eq__(self, other):
        if isinstance(other, Num):
            return self.value() == other.value()
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            return self.value() == other
        return NotImplemented

    def __hash__(self):
        return hash(self.value())

    def value(self):
        return int(self.raw) if self.is_int else float(self.raw)

    def __repr__(self):
        return f"Num({self.raw})"


def load_json(text: str):
    return json.loads(
        text,
        parse_int=lambda s: Num(s, True),
        parse_float=lambda s: Num(s, False),
        parse_constant=lambda s: (_ for _ in ()).throw(ValueError(f"bad JSON constant {s}")),
    )


def as_int(v):
    """An integer from the export, or None when it is not one."""
    if isinstance(v, Num) and v.is_int:
        return int(v.raw)
    if isinstance(v, Num):
        f = float(v.raw)
        if f.is_integer():
            return int(f)
    return None


# --------------------------------------------------------------------------------------------
# JCS (RFC 8785)


def es_number(x: float) -> str:
    """ECMAScript Number::toString of a 64-bit float (RFC 8785 §3.2.2.3)."""
    if x != x or x in (float("inf"), float("-inf")):
        raise Bad("NaN/Infinity cannot be canonicalized")
    if x == 0:
        return "0"
    if x < 0:
        return "-" + es_number(-x)
    sign, digits, exp = Decimal(repr(x)).normalize().as_tuple()
    ds = "".join(map(str, digits))
    k = len(ds)
    n = exp + k  # value = 0.ds * 10^n
    if k <= n <= 21:
        return ds + "0" * (n - k)
    if 0 < n <= 21:
        return ds[:n] + "." + ds[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + ds
    e = n - 1
    es = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return ds + "e" + es
    return ds[0] + "." + ds[1:] + "e" + es


_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def json_string(s: str) -> str:
    """RFC 8785 §3.2.2.2 string escaping; identical to serde_json's (spec section 5)."""
    out = ['"']
    for ch in s:
        if ch in _ESC:
            out.append(_ESC[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, Num):
        if v.is_int:
            i = int(v.raw)
            return str(i) if abs(i) <= 2**53 else es_number(float(i))
        return es_number(float(v.raw))
    if isinstance(v, int):
        return str(v) if abs(v) <= 2**53 else es_number(float(v))
    if isinstance(v, float):
        return es_number(v)
    if isinstance(v, str):
        return json_string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(json_string(k) + ":" + jcs(v[k]) for k in keys) + "}"
    raise Bad(f"cannot canonicalize {type(v).__name__}")


def sha256_hex(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Entries

# field -> type; order is the order of the spec's section 3 table (format 1 uses it)
KINDS = {
    "symptom": [
        ("symptom", "str"), ("body_part", "str"), ("severity", "int"), ("at", "time"),
        ("duration_minutes", "int"), ("helps", "str"), ("worsens", "str"),
        ("medication", "str"), ("work_related", "bool"), ("missed_work_hours", "num"),
        ("note", "str"),
    ],
    "incident": [
        ("at", "time"), ("place", "str"), ("task", "str"), ("machine_or_substance", "str"),
        ("description", "str"), ("injuries", "strlist"), ("witnesses", "strlist"),
        ("reported_to", "reported"), ("photos", "photos"),
    ],
    "shift": [("start", "time"), ("end", "time"), ("break_minutes", "int")],
    "care_contact": [("at", "time"), ("with", "str"), ("advice", "str")],
}

_TIME_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$"
)


def _parse_time(s):
    if not isinstance(s, str):
        raise Bad("time is not a string")
    m = _TIME_RE.match(s)
    if not m:
        raise Bad(f"not an RFC 3339 time: {s!r}")
    y, mo, d, h, mi, se, frac, off = m.groups()
    if frac is not None and int(frac) != 0:
        # Format 2 records whole seconds (section 4.1).
        raise Bad(f"fraction of a second in a format-2 time: {s!r}")
    if off in ("Z", "z"):
        off_min = 0
    else:
        oh, om = int(off[1:3]), int(off[4:6])
        if oh > 23 or om > 59:
            raise Bad(f"bad offset {s!r}")
        off_min = (oh * 60 + om) * (-1 if off[0] == "-" else 1)
    try:
        dt = datetime(int(y), int(mo), int(d), int(h), int(mi), int(se),
                      tzinfo=timezone(timedelta(minutes=off_min)))
    except ValueError as e:
        raise Bad(f"bad time {s!r}: {e}")
    return dt, off_min


def f2_entry_time(s) -> str:
    dt, off = _parse_time(s)
    sign = "-" if off < 0 else "+"
    off = abs(off)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, off // 60, off % 60)


def f2_recorded_at(s) -> str:
    dt, _ = _parse_time(s)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_empty(v):
    return v is None or (isinstance(v, list) and len(v) == 0)


def f2_entry(entry) -> dict:
    """The canonical format-2 entry object (section 4.2)."""
    if not isinstance(entry, dict):
        raise Bad("entry is not an object")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise Bad(f"unknown entry kind {kind!r}")
    out = {"kind": kind}
    for name, typ in KINDS[kind]:
        v = entry.get(name)
        if _is_empty(v):
            continue
        if typ == "time":
            v = f2_entry_time(v)
        elif typ == "reported":
            items = []
            for it in v:
                if not isinstance(it, dict):
                    raise Bad("reported_to item is not an object")
                o = {}
                if it.get("who") is not None:
                    o["who"] = it["who"]
                if it.get("at") is not None:
                    o["at"] = f2_entry_time(it["at"])
                items.append(o)
            v = items
        elif typ == "photos":
            items = []
            for it in v:
                if not isinstance(it, dict):
                    raise Bad("photo is not an object")
                items.append({k: it[k] for k in ("path", "sha256") if it.get(k) is not None})
            v = items
        out[name] = v
    return out


def f2_location_hash(loc) -> str:
    if not isinstance(loc, dict):
        raise Bad("location is not an object")
    return sha256_hex(jcs({"lat": loc.get("lat"), "lon": loc.get("lon"), "salt": loc.get("salt")}))


# format 1: fixed key order, values exactly as written


def f1_value(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, Num):
        return v.raw
    if isinstance(v, str):
        return json_string(v)
    if isinstance(v, list):
        return "[" + ",".join(f1_value(x) for x in v) + "]"
    raise Bad(f"unexpected value in format-1 entry: {type(v).__name__}")


def f1_obj(pairs) -> str:
    return "{" + ",".join(json_string(k) + ":" + v for k, v in pairs) + "}"


def f1_entry(entry) -> str:
    if entry is None:
        return "null"
    if not isinstance(entry, dict):
        raise Bad("entry is not an object")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise Bad(f"unknown entry kind {kind!r}")
    pairs = [("kind", json_string(kind))]
    for name, typ in KINDS[kind]:
        v = entry.get(name)
        if typ in ("strlist", "reported", "photos") and v is None:
            v = []
        if typ == "reported":
            s = "[" + ",".join(
                f1_obj([("who", f1_value(it.get("who"))), ("at", f1_value(it.get("at")))])
                for it in v) + "]"
        elif typ == "photos":
            s = "[" + ",".join(
                f1_obj([("path", f1_value(it.get("path"))), ("sha256", f1_value(it.get("sha256")))])
                for it in v) + "]"
        else:
            s = f1_value(v)
        pairs.append((name, s))
    return f1_obj(pairs)


def f1_location_hash(loc) -> str:
    if not isinstance(loc, dict):
        raise Bad("location is not an object")
    return sha256_hex(f1_obj([("lat", f1_value(loc.get("lat"))), ("lon", f1_value(loc.get("lon"))),
                              ("salt", f1_value(loc.get("salt")))]))


def f1_revision_bytes(r) -> str:
    return f1_obj([
        ("seq", f1_value(r.get("seq"))),
        ("entry_id", f1_value(r.get("entry_id"))),
        ("revision", f1_value(r.get("revision"))),
        ("recorded_at", f1_value(r.get("recorded_at"))),
        ("action", f1_value(r.get("action"))),
        ("entry", f1_entry(r.get("entry"))),
        ("location_hash", f1_value(r.get("location_hash"))),
        ("prev_hash", f1_value(r.get("prev_hash"))),
    ])


def f1_hash(r) -> str:
    return sha256_hex(f1_revision_bytes(r))


def is_hash(v) -> bool:
    return isinstance(v, str) and len(v) == 64 and all(c in "0123456789abcdef" for c in v)


def f2_attachment(a) -> dict:
    """Section 4.5: every field, of its type (else Bad: the row is malformed)."""
    if not isinstance(a, dict):
        raise Bad("attachment is not an object")
    size = a.get("bytes")
    if not (isinstance(a.get("attached_to"), str) and a.get("kind") in ATTACHMENT_KINDS
            and a.get("media_type") in MEDIA_TYPES and isinstance(size, Num) and size.is_int
            and as_int(size) is not None and as_int(size) >= 0 and is_hash(a.get("sha256"))):
        raise Bad("attachment fields")
    return {k: a[k] for k in ("attached_to", "kind", "media_type", "bytes", "sha256")}


def f2_content(r) -> dict:
    """Section 4.2: the content of a live revision (a delete's is {})."""
    c = {}
    if r.get("action") != "delete" and r.get("entry") is not None:
        c["entry"] = f2_entry(r["entry"])
    if r.get("location_hash") is not None:
        c["location_hash"] = r["location_hash"]
    if r.get("action") != "delete" and r.get("attachment") is not None:
        c["attachment"] = f2_attachment(r["attachment"])
    return c


def f2_revision_object(r, content_digest, tombstones=None) -> dict:
    o = {
        "format_version": 2,
        "seq": r.get("seq"),
        "entry_id": r.get("entry_id"),
        "revision": r.get("revision"),
        "recorded_at": f2_recorded_at(r.get("recorded_at")),
        "action": r.get("action"),
        "content_digest": content_digest,
        "prev_hash": r.get("prev_hash"),
    }
    if tombstones is not None:
        o["tombstones"] = tombstones
    return o


# --------------------------------------------------------------------------------------------
# Verification


class Row:
    def __init__(self, pos, rev=None, damaged=None):
        self.pos = pos
        self.rev = rev            # dict for a readable revision
        self.damaged = damaged    # dict {"seq","hash"} for a damaged row

    @property
    def is_damaged(self):
        return self.damaged is not None

    @property
    def hash(self):
        d = self.damaged if self.is_damaged else self.rev
        h = d.get("hash")
        return h if isinstance(h, str) else None

    @property
    def seq(self):
        d = self.damaged if self.is_damaged else self.rev
        return as_int(d.get("seq"))

    # revision properties
    def fv(self):
        v = self.rev.get("format_version")
        if v is None:
            return 1
        i = as_int(v)
        return i if i in (1, 2) else None

    @property
    def action(self):
        return self.rev.get("action")

    @property
    def deleted(self):
        return self.rev.get("deleted") is True

    @property
    def is_tombstone(self):
        return self.action in ("create", "correct") and self.deleted

    @property
    def entry_id(self):
        return self.rev.get("entry_id")

    def get_int(self, key):
        v = self.rev.get(key)
        return None if v is None else as_int(v)


def build_rows(revisions, damaged):
    """Revisions in file order; each damaged row before the first revision with a larger seq."""
    dm = sorted(damaged, key=lambda d: (as_int(d.get("seq")) is None, as_int(d.get("seq")) or 0))
    items = [("rev", r) for r in revisions]
    for d in dm:
        ds = as_int(d.get("seq"))
        at = len(items)
        if ds is not None:
            for i, (t, r) in enumerate(items):
                if t == "rev" and isinstance(r, dict) and (as_int(r.get("seq")) or 0) > ds:
                    at = i
                    break
        items.insert(at, ("dmg", d))
    rows = []
    for i, (t, r) in enumerate(items, start=1):
        rows.append(Row(i, rev=r) if t == "rev" else Row(i, damaged=r))
    return rows


def f32_shortest(x: float) -> str:
    """The shortest decimal that reads back as the same 32-bit float, as serde_json writes an f32
    (an integral value keeps `.0`)."""
    f = struct.unpack("<f", struct.pack("<f", x))[0]
    for p in range(1, 10):
        s = "%.*g" % (p, f)
        if struct.unpack("<f", struct.pack("<f", float(s)))[0] == f:
            break
    if "e" in s:
        m, e = s.split("e")
        s = m + "e" + str(int(e))
    elif "." not in s:
        s += ".0"
    return s


def read_hours_as_f32(export):
    """--f32-hours (NOT the spec, see SPEC-QUESTIONS Q1): read every missed_work_hours as the app's
    32-bit float and write it as its shortest decimal, instead of taking it as the export writes it."""
    for r in export.get("revisions") or []:
        e = r.get("entry") if isinstance(r, dict) else None
        if isinstance(e, dict) and isinstance(e.get("missed_work_hours"), Num):
            e["missed_work_hours"] = Num(f32_shortest(float(e["missed_work_hours"].raw)), False)


def parse_witness(s: str):
    m = re.fullmatch(r"(\d+):([0-9a-f]{64})", s.strip())
    if not m:
        raise ValueError(f"witness must be SEQ:HEAD (64 lowercase hex digits), got {s!r}")
    return int(m.group(1)), m.group(2)


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_HEX = re.compile(r"^(?:[0-9a-fA-F]{2})*$")


def _anchor_time(v) -> datetime:
    if isinstance(v, str) and _RFC3339.match(v):
        try:
            return datetime.fromisoformat(v.upper())
        except ValueError:
            pass
    raise NotADiary("an anchor's time is not an RFC 3339 time")


def read_anchor(anchor) -> dict:
    """An anchor's fields with their types (section 7.1's table), or NotADiary: an anchor that does
    not have them makes the file no diary export (SPEC-QUESTIONS Q15). Unknown fields are ignored."""
    if not isinstance(anchor, dict):
        raise NotADiary("an anchor is not an object")
    seq = anchor.get("seq")
    if not (isinstance(seq, Num) and seq.is_int and int(seq.raw) >= 0):
        raise NotADiary("an anchor's seq is not a non-negative integer")
    for field in ("head", "tsa", "token"):
        if not isinstance(anchor.get(field), str):
            raise NotADiary(f"an anchor's {field} is not a string")
    trusted = anchor.get("trusted")
    if not isinstance(trusted, list) or not all(isinstance(c, str) for c in trusted):
        raise NotADiary("an anchor's trusted is not a list of strings")
    if not all(_HEX.match(h) for h in [anchor["token"], *trusted]):
        raise NotADiary("an anchor's token or trusted certificate is not hex")
    return {"seq": int(seq.raw), "head": anchor["head"], "time": anchor.get("time"),
            "at": _anchor_time(anchor.get("time")), "tsa": anchor["tsa"],
            "token": bytes.fromhex(anchor["token"]), "trusted": [bytes.fromhex(c) for c in trusted]}


def anchor_checks(anchor: dict, tsa_certs) -> None:
    """Section 7.1: the anchor's token checks and says what the anchor says; raises Invalid."""
    if not re.fullmatch(r"[0-9a-fA-F]{64}", anchor["head"]):
        raise anchor_token.Invalid("the anchor's head is not 32 bytes in hex")
    trusted = anchor["trusted"] if tsa_certs is None else tsa_certs
    stamped = anchor_token.check_token(anchor["token"], bytes.fromhex(anchor["head"]),
                                       anchor_token.load_certificates(trusted))
    # 5. The anchor says what the token says.
    if stamped.gen_time != anchor["at"]:
        raise anchor_token.Invalid("the anchor's time is not the token's genTime")
    if anchor["tsa"] != stamped.tsa:
        raise anchor_token.Invalid("the anchor's tsa is not the signer's subject")


UNKNOWN = object()  # the hash of a damaged row without a plain hash


def check_anchors(export, hash_at, report, tsa_certs) -> list:
    """Every anchor of the export, in its order: `anchor_invalid` when its token does not check,
    else `anchor_mismatch` when the chain has no row at its seq or its hash there is another.
    Returns those that hold."""
    anchors = export.get("anchors", [])
    if not isinstance(anchors, list):
        raise NotADiary("anchors is not a list")
    held = []
    for anchor in [read_anchor(a) for a in anchors]:
        try:
            anchor_checks(anchor, tsa_certs)
        except anchor_token.Invalid:
            report(anchor["seq"], "anchor_invalid")
            continue
        at = hash_at(anchor["seq"])
        if at is not UNKNOWN and at != anchor["head"]:
            report(anchor["seq"], "anchor_mismatch")
            continue
        held.append({k: anchor[k] for k in ("seq", "head", "time", "tsa")})
    return held


def verify(export, witness=None, tsa_certs=None, folder=None) -> dict:
    """`tsa_certs`: the receiver's own trusted certificates (DER), instead of each anchor's
    `trusted`. `folder`: the export's folder, where the attachment files it lists are checked
    (section 9); without it only the chain is."""
    if not isinstance(export, dict) or export.get("format") != "werkmaat-diary":
        raise NotADiary("format is not werkmaat-diary")
    version = as_int(export.get("version")) if isinstance(export.get("version"), Num) else None
    if version not in (1, 2):
        raise NotADiary(f"unknown export version {export.get('version')!r}")
    revisions = export.get("revisions")
    damaged = export.get("damaged") or []
    if not isinstance(revisions, list) or not isinstance(damaged, list):
        raise NotADiary("revisions/damaged are not lists")
    if not all(isinstance(d, dict) for d in damaged):
        raise NotADiary("a damaged item is not an object")

    problems = set()

    def report(pos, reason):
        problems.add((pos, reason))

    rows = []
    for r in build_rows(revisions, damaged):
        if not r.is_damaged and not isinstance(r.rev, dict):
            # not an object at all: keep a placeholder so positions stay
            report(r.pos, "malformed")
            r.rev = {"seq": None}
        rows.append(r)
    n = len(rows)
    by_pos = {r.pos: r for r in rows}
    # References (deleted_by, tombstones) and "earlier"/"larger" name seqs, the rows' own `seq`
    # fields; positions are only used for `sequence`, links and where problems are reported.
    by_seq = {}
    for r in rows:
        if r.seq is not None and r.seq not in by_seq:
            by_seq[r.seq] = r

    seen_f2 = False
    for row in rows:
        p = row.pos
        if row.seq != p:
            report(p, "sequence")
        if row.is_damaged:
            report(p, "damaged")
            continue
        rev = row.rev
        # link
        if p == 1:
            if rev.get("prev_hash") != GENESIS:
                report(p, "broken_link")
        else:
            prev = by_pos[p - 1]
            if not (prev.is_damaged and prev.hash is None):
                if rev.get("prev_hash") != prev.hash:
                    report(p, "broken_link")

        fv = row.fv()
        if fv is None:
            report(p, "malformed")
            continue
        if fv == 2:
            seen_f2 = True
            if version == 1:
                report(p, "malformed")  # SPEC-QUESTIONS Q8: a version-1 export holds only format 1
        elif seen_f2:
            report(p, "format_downgrade")

        # Values of the wrong JSON type (a list where a string belongs, ...) cannot be
        # canonicalized: the row is `malformed` (SPEC-QUESTIONS Q6), never a crash.
        try:
            if check_malformed(row, fv):
                report(p, "malformed")
        except UNFIT:
            report(p, "malformed")

        # hashes
        try:
            for reason in check_hashes(row, fv, by_seq):
                report(p, reason)
        except UNFIT:
            report(p, "malformed")

        # tombstones
        try:
            if row.is_tombstone and not linked(row, fv, rows, by_seq):
                report(p, "unlinked_tombstone")
            if row.action == "delete" and not delete_matches(row, fv, rows, by_seq):
                report(p, "tombstone_mismatch")
        except UNFIT:
            report(p, "malformed")

    # head
    head = rows[-1].hash if rows else GENESIS
    if export.get("head") != head:
        if not (rows and rows[-1].is_damaged and rows[-1].hash is None):
            report(n, "head_mismatch")

    def hash_at(seq):
        """The hash at `seq` (GENESIS at 0); None where the chain has no row, UNKNOWN at a damaged
        row without a hash (not compared, section 7; it is reported `damaged`)."""
        if seq == 0:
            return GENESIS
        if seq > n:
            return None
        row = by_pos[seq]
        return UNKNOWN if row.is_damaged and row.hash is None else row.hash

    if witness is not None:
        wseq, whead = witness
        at = hash_at(wseq)
        if at is not UNKNOWN and at != whead:
            report(wseq, "rolled_back")
    anchors = check_anchors(export, hash_at, report, tsa_certs)
    if folder is not None:
        check_attachment_files(export, rows, folder, report)

    fvs = [r.fv() for r in rows if not r.is_damaged and r.fv() is not None]
    entries = set()
    for r in rows:
        if not r.is_damaged and r.action in ("create", "correct") and not r.deleted:
            if isinstance(r.entry_id, str) and r.rev.get("entry") is not None:
                entries.add(r.entry_id)
    plist = [{"seq": s, "reason": reason}
             for s, reason in sorted(problems, key=lambda p: (p[0], REASONS.index(p[1])))]
    return {
        "ok": not plist,
        "format_version": max(fvs) if fvs else 2,
        "entries": len(entries),
        "revisions": n,
        "head": head,
        "gaps": [r.seq for r in rows if not r.is_damaged and r.is_tombstone],
        "anchors": anchors,
        "damaged": [r.seq for r in rows if r.is_damaged],
        "problems": plist,
    }


def check_malformed(row, fv) -> bool:
    rev = row.rev
    action = row.action
    has_attachment = rev.get("attachment") is not None
    if has_attachment:
        # Section 4.5: a format-2 create without location; never a delete, correct or tombstone.
        if fv != 2 or action != "create" or rev.get("entry") is not None or rev.get("deleted") is True:
            return True
        if rev.get("location") is not None or rev.get("location_hash") is not None:
            return True
        f2_attachment(rev["attachment"])
    has_entry = rev.get("entry") is not None or has_attachment
    deleted = rev.get("deleted")
    if deleted not in (None, True, False):
        return True
    deleted = deleted is True
    has_db = rev.get("deleted_by") is not None
    has_ts = rev.get("tombstones") is not None
    has_cd = rev.get("content_digest") is not None
    if action not in ("create", "correct", "delete"):
        return True  # SPEC-QUESTIONS Q6
    if action == "delete" and (has_entry or deleted):
        return True
    if action in ("create", "correct") and has_entry == deleted:
        return True
    if fv == 2 and row.is_tombstone and (not has_cd or not has_db):
        return True
    if has_db and not row.is_tombstone:
        return True
    if has_db and row.get_int("deleted_by") is None:
        return True
    if has_ts and not (fv == 2 and action == "delete"):
        return True
    if fv == 1 and (has_cd or has_ts):
        return True
    if has_ts:
        ts = rev.get("tombstones")
        if not isinstance(ts, list) or any(as_int(x) is None for x in ts):
            return True
    if fv == 2:
        try:
            f2_recorded_at(rev.get("recorded_at"))
            if rev.get("entry") is not None:
                f2_entry(rev.get("entry"))
        except Bad:
            return True
    return False


def check_hashes(row, fv, by_seq):
    rev = row.rev
    out = []
    action = row.action
    # location
    loc = rev.get("location")
    if loc is not None and not row.is_tombstone:
        lh = rev.get("location_hash")
        calc = f1_location_hash(loc) if fv == 1 else f2_location_hash(loc)
        if lh != calc:
            out.append("hash_mismatch")
    if fv == 1:
        if row.is_tombstone:
            return out  # a format-1 tombstone cannot be recomputed (section 5)
        if rev.get("hash") != f1_hash(rev):
            out.append("hash_mismatch")
        return out
    # format 2
    stated = rev.get("content_digest")
    if not row.is_tombstone:
        digest = sha256_hex(jcs(f2_content(rev)))
        if stated != digest:
            out.append("hash_mismatch")
    if not isinstance(stated, str):
        return out + ["hash_mismatch"] if not row.is_tombstone else out
    tombstones = None
    if action == "delete":
        tombstones = []
        for s in rev.get("tombstones") or []:
            t = by_seq.get(as_int(s))
            if t is None or t.is_damaged:
                return out  # not all readable: not recomputed (section 7)
            tombstones.append({"seq": s, "prev_hash": t.rev.get("prev_hash"), "hash": t.rev.get("hash")})
    h = sha256_hex(jcs(f2_revision_object(rev, stated, tombstones)))
    if rev.get("hash") != h:
        out.append("hash_mismatch")
    return out


def linked(row, fv, rows, by_seq) -> bool:
    """Is this tombstone made by a later delete of its entry? (unlinked_tombstone)"""
    me = row.seq
    if row.rev.get("deleted_by") is None:
        if fv == 2:
            return True  # a format-2 tombstone without deleted_by is `malformed`
        return any(
            not r.is_damaged and r.action == "delete" and r.entry_id == row.entry_id
            and r.seq is not None and me is not None and r.seq > me
            for r in rows)
    db = row.get_int("deleted_by")
    d = by_seq.get(db)
    if d is None or me is None:
        return False
    if d.is_damaged:
        return True  # a deleted_by naming a damaged row is not checked further
    if d.action != "delete" or d.entry_id != row.entry_id or db <= me:
        return False
    if d.fv() == 2:
        listed = [as_int(x) for x in (d.rev.get("tombstones") or []) if isinstance(x, Num)]
        return me in listed
    return True


def delete_matches(row, fv, rows, by_seq) -> bool:
    """Are this delete's entry's earlier revisions exactly its tombstones? (tombstone_mismatch)"""
    q = row.seq
    if q is None:
        return False
    earlier = [r for r in rows
               if not r.is_damaged and r.seq is not None and r.seq < q
               and r.entry_id == row.entry_id and r.action in ("create", "correct")]
    if fv == 1:
        return all(r.deleted for r in earlier)
    raw = row.rev.get("tombstones")
    raw = raw if isinstance(raw, list) else []
    listed = [as_int(x) if isinstance(x, Num) else None for x in raw]
    if any(s is None for s in listed):
        return False
    if listed != sorted(set(listed)):
        return False  # SPEC-QUESTIONS: ascending, no duplicates
    for r in earlier:
        if not r.deleted or r.get_int("deleted_by") != q or r.seq not in listed:
            return False
    for s in listed:
        t = by_seq.get(s)
        if t is None or s >= q:
            return False
        if t.is_damaged:
            continue
        if t.entry_id != row.entry_id or t.action not in ("create", "correct"):
            return False
    return True


def _file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def check_attachment_files(export, rows, folder, report) -> None:
    """Section 9: each listed file of a live attachment, at the position of its create."""
    listed = export.get("attachments") or []
    if not isinstance(listed, list):
        raise NotADiary("attachments is not a list")
    live = {}
    for r in rows:
        if (not r.is_damaged and r.action == "create" and not r.deleted
                and isinstance(r.rev.get("attachment"), dict) and isinstance(r.entry_id, str)):
            live[r.entry_id] = r
    for item in listed:
        if not isinstance(item, dict) or item.get("file") is None or item.get("id") not in live:
            continue
        row = live[item["id"]]
        file = item["file"]
        parts = file.split("/") if isinstance(file, str) else [""]
        if any(part in ("", ".", "..") for part in parts) or "\\" in file:
            report(row.pos, "attachment_changed")
            continue
        path = os.path.join(folder, *parts)
        if not os.path.isfile(path):
            report(row.pos, "attachment_missing")
            continue
        digest = _file_sha256(path)
        original = item.get("location_removed") is True or digest == row.rev["attachment"].get("sha256")
        if digest != item.get("file_sha256") or not original:
            report(row.pos, "attachment_changed")


def read_tsa_certs(paths) -> list:
    """The DER of every certificate in the PEM files (ValueError when one holds none)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    ders = []
    for path in paths:
        with open(path, "rb") as f:
            certs = x509.load_pem_x509_certificates(f.read())
        ders.extend(c.public_bytes(Encoding.DER) for c in certs)
    return ders


def main(argv) -> int:
    args = list(argv[1:])
    witness = None
    path = None
    f32 = False
    tsa_files = []
    try:
        while args:
            a = args.pop(0)
            if a == "--tsa-cert":
                if not args:
                    raise ValueError("--tsa-cert needs a PEM file")
                tsa_files.append(args.pop(0))
            elif a == "--witness":
                if not args:
                    raise ValueError("--witness needs SEQ:HEAD")
                witness = parse_witness(args.pop(0))
            elif a == "--f32-hours":
                f32 = True
            elif a.startswith("--witness="):
                witness = parse_witness(a.split("=", 1)[1])
            elif path is None:
                path = a
            else:
                raise ValueError(f"unexpected argument {a!r}")
        if path is None:
            raise ValueError("usage: verify_diary.py EXPORT.json [--witness SEQ:HEAD] [--tsa-cert PEM]")
    except ValueError as e:
        print(json.dumps({"error": str(e)}), file=sys.stderr)
        return 2
    try:
        tsa_certs = read_tsa_certs(tsa_files) if tsa_files else None
        with open(path, encoding="utf-8") as f:
            export = load_json(f.read())
        if f32 and isinstance(export, dict):
            read_hours_as_f32(export)
        # The attachment files an export lists lie beside it (section 9).
        folder = os.path.dirname(os.path.abspath(path))
        result = verify(export, witness, tsa_certs, folder)
    except (OSError, ValueError, NotADiary) as e:
        print(json.dumps({"error": str(e)}), file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
