"""Compares how Werkmaat writes numbers, money, percentages, dates and plural categories with ICU
(PyICU, Debian's python3-icu), locale by locale and case by case.

    python3 tests/cldr/compare.py TABLE.json

TABLE.json is what `cargo run -p werkmaat-core --example cldr_table` prints. Every case where the
two differ must be explained in tests/cldr/DELIBERATE.md as a substitution: replacing the listed
text in Werkmaat's output gives ICU's output exactly. Any other difference is a failure, and so is
a listed difference that no longer occurs (the file must stay true). Last line:
"cldr: N passed, N failed".
"""

import json
import re
import sys
from pathlib import Path

import icu

# Werkmaat's language codes and the CLDR locale each follows (English as written in Britain and
# the Netherlands, Portuguese as in Portugal).
LOCALES = {
    "en": "en_GB", "nl": "nl_NL", "pl": "pl_PL", "ro": "ro_RO", "bg": "bg_BG",
    "uk": "uk_UA", "hu": "hu_HU", "lt": "lt_LT", "pt": "pt_PT", "es": "es_ES",
}
DELIBERATE = Path(__file__).with_name("DELIBERATE.md")


def unescape(text):
    """`\\u00a0` and the like in DELIBERATE.md stand for the invisible characters they name."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def deliberate_rules():
    """Rows `| locales | kinds | `from` | `to` | reason |` of the table in DELIBERATE.md."""
    rules = []
    for line in DELIBERATE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[2].startswith("`"):
            continue
        locales, kinds, old, new, _reason = cells
        rules.append({
            "locales": set(locales.split()), "kinds": set(kinds.split()),
            "from": unescape(old.strip("`")), "to": unescape(new.strip("`")), "used": 0,
        })
    return rules


class Icu:
    """ICU's formatters for one locale: the classic ones (`NumberFormat`, `DateFormat`), which
    Android's java.text and iOS's Foundation formatters are built on."""

    def __init__(self, name):
        self.locale = icu.Locale(name)
        self.plurals = icu.PluralRules.forLocale(self.locale)

    def money(self, value, decimals):
        f = icu.NumberFormat.createCurrencyInstance(self.locale)
        f.setCurrency("EUR")
        f.setMinimumFractionDigits(decimals)
        f.setMaximumFractionDigits(decimals)
        return f.format(value)

    def percent(self, value):
        f = icu.NumberFormat.createPercentInstance(self.locale)
        f.setMaximumFractionDigits(2)
        return f.format(value / 100)

    def number(self, value):
        f = icu.NumberFormat.createInstance(self.locale)
        f.setMaximumFractionDigits(2)
        return f.format(value)

    def date(self, iso):
        year, month, day = (int(p) for p in iso.split("-"))
        f = icu.DateFormat.createDateInstance(icu.DateFormat.LONG, self.locale)
        gmt = icu.TimeZone.getGMT()
        f.setTimeZone(gmt)
        calendar = icu.Calendar.createInstance(gmt, self.locale)
        calendar.clear()
        calendar.set(year, month - 1, day)
        return f.format(calendar.getTime())

    def plural(self, key):
        value = float(key)
        return self.plurals.select(int(value) if value.is_integer() else value)

    def expected(self, kind, key):
        if kind == "money":
            return self.money(float(key), 2)
        if kind == "money_whole":
            return self.money(float(key), 0)
        if kind == "date":
            return self.date(key)
        return getattr(self, kind)(float(key) if kind != "plural" else key)


def main():
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rules = deliberate_rules()
    passed = failed = 0
    print(f"ICU {icu.ICU_VERSION} (Unicode {icu.UNICODE_VERSION}), PyICU {icu.VERSION}")
    missing = sorted(set(LOCALES) - set(table))
    for code in missing:
        failed += 1
        print(f"FAIL {code}: no table from Werkmaat")
    for code, kinds in sorted(table.items()):
        if code not in LOCALES:
            failed += 1
            print(f"FAIL {code}: no CLDR locale to compare with")
            continue
        reference = Icu(LOCALES[code])
        for kind, cases in sorted(kinds.items()):
            for key, ours in cases.items():
                theirs = reference.expected(kind, key)
                if ours == theirs:
                    passed += 1
                    continue
                rule = next((r for r in rules if code in r["locales"] and kind in r["kinds"]
                             and r["from"] in ours and ours.replace(r["from"], r["to"]) == theirs), None)
                if rule:
                    rule["used"] += 1
                    passed += 1
                    continue
                failed += 1
                print(f"FAIL {code} {kind} {key}: Werkmaat {ascii(ours)}, ICU {ascii(theirs)}")
    for rule in rules:
        if not rule["used"]:
            failed += 1
            print(f"FAIL DELIBERATE.md lists {ascii(rule['from'])} -> {ascii(rule['to'])} "
                  f"for {sorted(rule['locales'])}, but no case differs that way")
        else:
            print(f"deliberate: {ascii(rule['from'])} for ICU's {ascii(rule['to'])} in "
                  f"{' '.join(sorted(rule['locales']))}: {rule['used']} cases")
    print(f"cldr: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
