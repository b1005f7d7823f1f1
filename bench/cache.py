"""A file cache of anchor outputs, keyed by extractor, its version and the page.

``bench/cache/<name>-<version>-r<adapter revision>/<dataset>/<id>.json`` holds the output and the
timings of the run that filled it, with the SHA-1 of the page bytes (a changed page is a miss).
kijiyomi is never cached. The folder is git-ignored; delete it to start afresh.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from bench.extractors import Call, Output

DEFAULT_DIR = Path(__file__).resolve().parent / "cache"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name)


class OutputCache:
    """Read and write cached calls of one extractor version."""

    def __init__(self, name: str, version: str, revision: int = 1, root: Path = DEFAULT_DIR) -> None:
        self.folder = root / _safe(f"{name}-{version}-r{revision}")

    def _path(self, dataset: str, page_id: str) -> Path:
        return self.folder / _safe(dataset) / f"{_safe(page_id)}.json"

    def get(self, dataset: str, page_id: str, digest: str) -> Call | None:
        path = self._path(dataset, page_id)
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("sha1") != digest:
            return None
        try:
            output = Output(data["text"], data.get("title"), data.get("date"), data.get("note"))
            return Call(output, float(data["cpu_s"]), float(data["wall_s"]), data.get("error"))
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, dataset: str, page_id: str, digest: str, call: Call) -> None:
        path = self._path(dataset, page_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {
            "sha1": digest,
            "text": call.output.text,
            "title": call.output.title,
            "date": call.output.date,
            "note": call.output.note,
            "cpu_s": call.cpu_s,
            "wall_s": call.wall_s,
            "error": call.error,
        }
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)  # atomic: parallel workers never see half a file
