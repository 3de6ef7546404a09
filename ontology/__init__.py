"""The OWL ontology and SHACL shapes, read by the program at run time."""
