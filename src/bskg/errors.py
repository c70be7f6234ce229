"""The errors bskg raises on purpose. The CLI turns each into one line on stderr."""

from __future__ import annotations


class BskgError(Exception):
    """Base of every error bskg raises on purpose."""


class InputError(BskgError):
    """An input file or record cannot be read as an article. The message names it and the reason."""


class UsageError(BskgError):
    """The user asked for something that cannot be done (missing graph, unknown query, …)."""


class ResourceError(BskgError):
    """A shipped resource (lexicon, ontology, query) is missing or malformed."""
