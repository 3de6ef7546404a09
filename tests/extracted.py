"""What an extraction says, in the labels a reader checks (for the extraction tests)."""
from __future__ import annotations


def count_owners(extraction) -> dict:
    """Each count's number → the label of what it is about."""
    return {extraction.entities[f.obj].attributes["rk:numericValue"][0]: extraction.entities[f.subject].label
            for f in extraction.facts if f.predicate == "rk:hasQuantity"}


def counted_things(extraction) -> dict:
    """Each count's number → what it counts (None where the text says not)."""
    return {e.attributes["rk:numericValue"][0]: e.attributes.get("rk:countedThing", [None])[0]
            for e in extraction.entities.values() if e.kind == "Quantity"}


def related(extraction, predicate: str) -> set[tuple[str, str]]:
    """The (subject label, object label) pairs of a relation between entities."""
    entities = extraction.entities
    return {(entities[f.subject].label, entities[f.obj].label) for f in extraction.facts
            if f.predicate == predicate and f.obj_is_entity}
