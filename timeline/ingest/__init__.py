"""Ingest: input files to :class:`~timeline.model.Document` records with their creation time.

expand_paths(paths)                          -> (files, errors)
read_document(path, dct=None, encoding=None) -> Document (raises InputError)
read_documents(paths, dct=None, encoding=None) -> Document | InputError, one per input
detect_dct(text)                             -> DctMatch | None
"""

from __future__ import annotations

from timeline.ingest.dct import DctMatch, detect_dct
from timeline.ingest.readers import MAX_BYTES, SUPPORTED_SUFFIXES, expand_paths, read_document, read_documents

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "DctMatch",
    "detect_dct",
    "expand_paths",
    "read_document",
    "read_documents",
]
