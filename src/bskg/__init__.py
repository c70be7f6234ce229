"""bskg — knowledge graphs of district development from Chinese news articles.

>>> import bskg
>>> kg = bskg.build("data/articles", out="outputs")     # doctest: +SKIP
>>> kg.nx, kg.rdf, kg.entities                           # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import build, load_graph, write_outputs  # noqa: E402
from .store import GraphStore, open  # noqa: E402,A004 - bskg.open(path): a build opened for SPARQL
from .errors import BskgError, InputError, ResourceError, UsageError  # noqa: E402
from .graph import KnowledgeGraph  # noqa: E402
from .model import (  # noqa: E402
    Article, Entity, EntityType, Evidence, Mention, Milestone, Quantity, QuantityProperty, Relation,
    RelationType,
)

__all__ = [
    "Article", "BskgError", "Entity", "GraphStore", "EntityType", "Evidence", "InputError", "KnowledgeGraph", "Mention",
    "Milestone", "Quantity", "QuantityProperty", "Relation", "RelationType", "ResourceError", "UsageError",
    "__version__", "build", "load_graph", "write_outputs",
]
