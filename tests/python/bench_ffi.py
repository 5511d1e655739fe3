"""FFI call cost through the Python bindings (a benchmark, not a test; results in BENCHMARKS.md).

    bindings/generate.sh --release && PYTHONPATH=target/bindings/python python3 tests/python/bench_ffi.py

Each row is the median of many timed batches, next to the cheapest call there is (`core_version`,
which crosses the FFI and returns a short string) measured in the same run.
"""
import datetime
import statistics
import tempfile
import time

import werkmaat


def per_call(fn, batch=200, batches=50):
    fn()
    samples = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return statistics.median(samples)


def main():
    with tempfile.TemporaryDirectory() as d:
        profile = werkmaat.Werkmaat.open(d + "/p", ["pl"], bytes(range(32)))
        care, guides = profile.care(), profile.guides()
        origin = werkmaat.CareOrigin.POINT(position=werkmaat.Position(lat=51.3704, lon=6.1724))
        reference = per_call(werkmaat.core_version)
        rows = [
            ("reference: core_version() (no-op call)", reference),
            ("care.nearest(…, limit=100): every bundled place, 90 records", per_call(lambda: care.nearest(origin, None, 100))),
            ("guides.list(): 16 records", per_call(guides.list)),
            ("guides.show('insurance', today): one screen", per_call(lambda: guides.show("insurance", datetime.date(2026, 11, 28)))),
        ]
        assert len(care.nearest(origin, None, 100)) == 90, "the bundled data changed: update the row's name"
        for name, seconds in rows:
            print(f"{name:55s} {seconds * 1e6:9.1f} µs  {seconds / reference:8.1f}×")
        profile.shutdown()


if __name__ == "__main__":
    main()
