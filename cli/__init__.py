"""renda-kg: a knowledge graph of Chinese local people's congress (人大) work.

Data flow: :mod:`renda_kg.loaders` (bytes → article → facts), then
:mod:`renda_kg.graph` (facts → RDF, store, validation, export), then
:mod:`renda_kg.queries` (stored SPARQL and its runner). :mod:`renda_kg.pipeline`
joins them; :mod:`renda_kg.cli` is the command line.
"""
__version__ = "0.1.0"
