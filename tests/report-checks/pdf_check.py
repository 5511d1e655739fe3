"""Reads a report Chromium printed to PDF, page by page, as a GP would get it.

    pdf_check.py FILE --page "Strona {page} z {pages}" --page "Pagina {page} van {pages}"
                 --summary "największe nasilenie 8/10" --summary "hoogste ernst 8/10" --whole URL

Checks: every page is A4 at scale 1 (595 x 842 pt, and the body text keeps its 10.5 pt size, which
a page Chromium shrank to fit a wide line would not), every page carries each --page line with its
own number, the first two pages (the summary) hold every --summary text, and every --whole text
(a long link) is in the PDF in full, not cut at the page edge. Prints one line per check,
"ok ..." or "FAIL ...", and exits with the number of failures.
"""

import argparse
import re
import statistics
import subprocess
import sys


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("--page", action="append", default=[])
    parser.add_argument("--summary", action="append", default=[])
    parser.add_argument("--whole", action="append", default=[])
    args = parser.parse_args()
    failures = 0

    def check(ok, what):
        nonlocal failures
        print(("ok   " if ok else "FAIL ") + f"{args.pdf}: {what}")
        failures += 0 if ok else 1

    info = run("pdfinfo", args.pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    check(abs(float(size.group(1)) - 595.3) < 1.5 and abs(float(size.group(2)) - 841.9) < 1.5,
          f"A4 pages ({size.group(1)} x {size.group(2)} pt)")

    # Word heights on every page: DejaVu Sans at 10.5 pt gives boxes of about 12.2 pt; a page scaled
    # to 60 % would give about 7.3. The median word is body text.
    boxes = run("pdftotext", "-bbox", args.pdf, "-")
    heights = [float(m.group(2)) - float(m.group(1))
               for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)]
    median = statistics.median(heights) if heights else 0
    check(11.0 <= median <= 13.5, f"not scaled: median word height {median:.1f} pt (10.5 pt text)")

    for number in range(1, pages + 1):
        text = " ".join(run("pdftotext", "-f", str(number), "-l", str(number), args.pdf, "-").split())
        for template in args.page:
            line = template.format(page=number, pages=pages)
            check(line in text, f"page {number} of {pages} says '{line}'")

    start = " ".join(run("pdftotext", "-l", "2", args.pdf, "-").split())
    for phrase in args.summary:
        check(phrase in start, f"the summary says '{phrase}'")

    whole = "".join(run("pdftotext", args.pdf, "-").split())
    for text in args.whole:
        check("".join(text.split()) in whole, f"printed in full: {text[:40]}...")
    return failures


if __name__ == "__main__":
    sys.exit(main())
