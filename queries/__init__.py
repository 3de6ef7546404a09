"""Stored SPARQL queries (*.rq) and their runner."""
