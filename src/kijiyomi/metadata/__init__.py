"""Metadata parsers shared by the HTML and text-dump extractors: dates, agencies, credits."""
