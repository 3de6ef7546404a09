"""Graph: facts to RDF, the store, validation and export."""
