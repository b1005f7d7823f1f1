"""An author's bio, the paragraph of an author box under (or over) a story: ``Jane Doe is a senior
writer for the site.``, ``Jane Doe ist Reporterin für …``, ``Jane Doe est journaliste …``.

The line opens with a name (one to four capitalised words, a particle such as ``de`` or ``van``
between), then ``is``/``ist``/``est``/``es``/``è``, an article or none, at most four more words
and a word of the trade of writing or running the site (writer, editor, reporter, founder…). A
story that names a journalist or a founder does so further into its sentence, or after a
pronoun, which no name is.
"""

from __future__ import annotations

import re

MAX_BIO_CHARS = 600  # an author box's paragraph: a few sentences
_NO_NAME_AHEAD = (  # (words that open a sentence and are no name: pronouns, determiners, question words)
    r"(?!(?:The|This|That|These|Those|It|He|She|They|We|Our|His|Her|Their|There|"
    r"Who|What|Which|Where|When|Why|How|A|An)\b)"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*\.?"  # (Rosa, O'Neill, Dr.)
_NAME = rf"{_NO_NAME_AHEAD}{_NAME_WORD}(?: (?:{_NAME_WORD}|de|da|di|del|van|von|der|le|la|bin|al)){{0,3}}"
_ARTICLES = r"(?:a|an|the|ein|eine|un|une|una|el|la|il|lo|le)"
_ARTICLE = rf"(?:{_ARTICLES} )?"
_MODIFIERS = rf"(?:(?!{_ARTICLES} )[\w'’&-]+,? ){{0,4}}"
_ROLES = (
    r"(?:writer|editor|correspondent|columnist|author|producer|freelancer|blogger|"
    r"photographer|(?:co-?)?founder|ceo|"
    # reporter and journalist, also in German compounds and the feminine (Lokalreporterin,
    # Sportredakteur), then French, Spanish, Italian
    r"[\w-]*(?:reporter|redakteur|korrespondent|journalist|autor)(?:in)?|"
    r"journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|éditorialiste|"
    r"periodista|redact(?:or|ora)|corresponsal|columnista|reporter[oa]|"
    r"giornalista|redatt(?:ore|rice)|corrispondente)"
)
_BIO = re.compile(rf"{_NAME},? (?i:(?:is|ist|est|es|è) {_ARTICLE}{_MODIFIERS}{_ROLES})\b")


def author_bio(text: str) -> bool:
    """Is the line an author's bio (``Jane Doe is a staff writer at …``)?"""
    return len(text) <= MAX_BIO_CHARS and _BIO.match(text) is not None


__all__ = ["author_bio"]
