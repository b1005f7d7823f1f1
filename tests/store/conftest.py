from __future__ import annotations

import pytest

pytest.importorskip("datasketch", reason="the archive tests need the serve extra (datasketch)")
