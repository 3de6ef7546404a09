"""Loaders: bytes → :class:`Article` → extracted facts.

The stages are pure functions over the dataclasses in :mod:`renda_kg.loaders.model`;
file and network I/O happen only in :func:`renda_kg.loaders.reader.read_article`.
"""
