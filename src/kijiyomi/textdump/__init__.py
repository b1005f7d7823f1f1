"""Plain-text dumps of news pages (browser innerText or copy, inscriptis, w3m/lynx, WET records):
every line classified, the article assembled as for HTML. Entry point: ``extractor.extract_text``."""
