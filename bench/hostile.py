"""Hostile inputs: time and peak memory of each case, one fresh process per case and extractor.

    python -m bench.hostile [--extractors kijiyomi,trafilatura] [--timeout 60] [--markdown docs/hostile.md]

Each case is generated here (nothing is read from disk). The goal for kijiyomi: an article or a
typed rejection within 5 s and 1 GiB for every case.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SENTENCE = "This paragraph is a complete sentence, with enough words to count as prose."


def _page(body: str) -> bytes:
    return f"<html><head><title>T</title></head><body>{body}</body></html>".encode()


CASES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "whitespace": lambda: b" \n\t " * 1000,
    "binary garbage": lambda: bytes(range(256)) * 4000,
    "NUL bytes": lambda: _page(f"<p>{SENTENCE}</p>\x00" * 50),
    "invalid UTF-8": lambda: _page(f"<p>{SENTENCE}</p>" * 20).replace(b"enough", b"en\xff\xfeough"),
    "wrong charset": lambda: b'<meta charset="shift_jis">' + _page("<p>日本語の記事本文です。" * 30 + "</p>"),
    "UTF-16 no BOM": lambda: _page("<p>日本語の記事本文です。</p>" * 30).decode().encode("utf-16-le"),
    "50 MB page": lambda: _page(
        f'<div class="item"><p>{SENTENCE}</p><a href="/x">more</a></div>\n' * 450_000
    ),
    "100,000 nested divs": lambda: _page("<div>" * 100_000 + f"<p>{SENTENCE * 3}</p>" + "</div>" * 100_000),
    "1,000,000 sibling p": lambda: _page(
        "".join(f"<p>Paragraph {n} says something.</p>" for n in range(1_000_000))
    ),
    "20 MB single line": lambda: _page("<p>" + "word, " * 3_500_000 + "end.</p>"),
    "entity expansion DTD": lambda: (
        b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY secret SYSTEM "file:///etc/passwd">]><html><body><p>&d; &secret;</p></body></html>'
    ),
    "script holding </div>": lambda: _page(
        f'<div><script>var s="</div></div>";</script><p>{SENTENCE}</p></div>' * 20
    ),
    "gzip bomb (file)": lambda: gzip.compress(b"<p>" + b"a" * 300_000_000, compresslevel=9),
    "undeclared Latin-1, 20,000 unclosed <script>": lambda: (
        "<html><body><p>"
        + "Die Gäste und das Café à la carte sind für den Sommer eröffnet. " * 40
        + "</p>"
        + "<script>x " * 20_000
        + "</body></html>"
    ).encode("cp1252"),
}

_CHILD = r"""
import sys, time, json
name, path, extractor = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
if extractor == "kijiyomi":
    import kijiyomi
else:
    import trafilatura
started = time.perf_counter()
if extractor == "kijiyomi":
    if name.endswith("(file)"):
        result = kijiyomi.extract_file(path)
    else:
        result = kijiyomi.extract(data)
    answer = ("article: %d chars" % len(result.text)) if result.ok else ("rejection: " + result.reason.value)
else:
    if name.endswith("(file)"):
        import gzip
        data = gzip.decompress(data)
    text = trafilatura.extract(data)
    answer = "text: %d chars" % len(text) if text else "nothing"
elapsed = time.perf_counter() - started
# VmHWM belongs to this process image (ru_maxrss would include the parent's pages from before exec)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024
print(json.dumps({"seconds": round(elapsed, 2), "peak_mib": round(peak), "answer": answer}))
"""


def run_case(name: str, data: bytes, extractor: str, timeout: float) -> dict[str, object]:
    suffix = ".html.gz" if name.endswith("(file)") else ".html"
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as handle:
        handle.write(data)
        path = handle.name
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, name, path, extractor],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": timeout, "peak_mib": None, "answer": f"TIMEOUT after {timeout:.0f} s"}
    finally:
        Path(path).unlink(missing_ok=True)
    if done.returncode != 0:
        return {
            "seconds": None,
            "peak_mib": None,
            "answer": f"CRASH: {done.stderr.strip().splitlines()[-1:]}",
        }
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractors", default="kijiyomi,trafilatura")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--markdown", type=Path, default=None, help="append the table here (docs/hostile.md)")
    args = parser.parse_args()
    extractors = args.extractors.split(",")
    rows = []
    for name, make in CASES.items():
        data = make()
        cells = [name, f"{len(data) / 1e6:.1f}"]
        for extractor in extractors:
            result = run_case(name, data, extractor, args.timeout)
            cells.append(f"{result['answer']} ({result['seconds']} s, {result['peak_mib']} MiB)")
        rows.append(cells)
        print(" | ".join(cells), flush=True)
    header = "| case | MB | " + " | ".join(extractors) + " |\n|" + " --- |" * (2 + len(extractors))
    table = header + "\n" + "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    command = f"python -m bench.hostile --extractors {args.extractors}"
    text = f"\n## Hostile inputs ({stamp})\n\ncommand: `{command}`\n\n{table}"
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as out:
            out.write(text)
    print(text)


if __name__ == "__main__":
    main()
