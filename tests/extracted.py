"""What an extraction says, in the labels a reader checks (for the extraction tests)."""
from __future__ import annotations


def count_owners(extraction) -> dict:
    """Each count's number → the label of what it is about."""
    return {extraction.entities[f.obj].attributes["rk:numericValue"][0]: extraction.entities[f.subject].label
            for f in extraction.facts if f.predicate == "rk:hasQuantity"}
