"""The article found in a synthetic text dump of the tests' own."""

import kijiyomi
from kijiyomi.types import Article


def extract(text: str) -> Article:
    """``kijiyomi.extract`` of the dump as text, which must find an article."""
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result
