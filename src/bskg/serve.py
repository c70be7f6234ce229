"""A read-only SPARQL 1.1 endpoint over a build, and pushing a build to any Graph Store.

``serve`` runs Oxigraph's own server (the ``oxigraph`` command from the PyPI package of that name)
in read-only mode: SPARQL 1.1 Protocol queries at ``/query``, UPDATE refused with 403, and its
query page (YASGUI, bundled in the binary, nothing fetched) at ``/``. It binds 127.0.0.1 unless
told otherwise.

``push`` loads a build into any SPARQL 1.1 Graph Store HTTP Protocol endpoint (Fuseki, GraphDB,
Oxigraph, Virtuoso …) as one named graph per build, with an HTTP PUT (replacing that graph).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .store import STORE_DIR, is_store, write_store

log = logging.getLogger(__name__)

BUILD_GRAPH_BASE = "https://w3id.org/bskg/build/"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed with bskg (PyPI package ``oxigraph``)."""
    here = Path(sys.executable).parent / "oxigraph"
    for candidate in (here, Path(sysconfig.get_path("scripts")) / "oxigraph"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise UsageError("the 'oxigraph' server is not installed; install it with: pip install oxigraph")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running Oxigraph server; a context manager that stops it and removes its temporary store."""

    process: subprocess.Popen
    host: str
    port: int
    read_only: bool
    _tmp: Path | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (read-write servers only)."""
        return self.url + "/store"

    def wait(self) -> int:
        return self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _locate(graph: str | os.PathLike) -> tuple[Path, bool]:
    """(path, is_store) for a graph.ttl, a build folder or an Oxigraph store folder."""
    p = Path(graph)
    if p.is_dir() and not is_store(p):
        if is_store(p / STORE_DIR) and (not (p / "graph.ttl").exists()
                                        or (p / STORE_DIR).stat().st_mtime >= (p / "graph.ttl").stat().st_mtime):
            return p / STORE_DIR, True
        p = p / "graph.ttl"
    if is_store(p):
        return p, True
    if not p.is_file():
        raise UsageError(f"{p}: no such graph; run 'bskg build' first or pass --graph")
    return p, False


def start(graph: str | os.PathLike | None = None, host: str = "127.0.0.1", port: int | None = None,
          read_only: bool = True, timeout: float = 30.0) -> Server:
    """Start Oxigraph's server over a build and wait until it answers.

    ``graph``: graph.ttl, a build folder or an Oxigraph store; a Turtle file is first loaded into a
    temporary store, removed again on ``stop()``. ``graph=None`` with ``read_only=False`` starts an
    empty in-memory read-write server (a Graph Store for tests and ``bskg push``).
    """
    binary = oxigraph_binary()
    port = port or free_port(host)
    tmp = None
    if graph is None:
        if read_only:
            raise UsageError("a read-only endpoint needs a graph to serve")
        args = [binary, "serve", "--bind", f"{_bind_host(host)}:{port}"]
    else:
        path, already = _locate(graph)
        if not already:
            tmp = Path(tempfile.mkdtemp(prefix="bskg-serve-"))
            path = write_store(path, tmp / "store")
        mode = "serve-read-only" if read_only else "serve"
        args = [binary, mode, "--location", str(path), "--bind", f"{_bind_host(host)}:{port}"]
    log.info("starting %s", " ".join(args))
    # the server's log goes to a file, never a pipe nobody drains (a full pipe would stall it)
    log_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT)
    server = Server(proc, host, port, read_only, tmp)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log_file.seek(0)
            output = log_file.read().decode("utf-8", "replace").strip()
            server.stop()
            raise UsageError(f"the SPARQL server did not start on {host}:{port}: {output or 'exit ' + str(proc.returncode)}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise UsageError(f"the SPARQL server did not answer on {host}:{port} within {timeout:.0f} s")


def _bind_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


# ---------------------------------------------------------------- Graph Store Protocol client

def build_graph_iri(graph: str | os.PathLike) -> str:
    """The named graph of one build: derived from the content of its graph.ttl, so pushing the same
    build twice replaces it and different builds sit side by side."""
    path, _ = _locate(graph)
    if path.is_file():
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return BUILD_GRAPH_BASE + digest.hexdigest()[:16]
    return BUILD_GRAPH_BASE + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class PushResult:
    endpoint: str
    graph_iri: str
    status: int
    bytes: int


def push(graph: str | os.PathLike, endpoint: str, graph_iri: str | None = None, user: str | None = None,
         timeout: float = 600.0) -> PushResult:
    """PUT a build into ``endpoint`` (a Graph Store Protocol URL, e.g. ``http://host:7878/store``,
    Fuseki ``http://host:3030/ds/data``) as the named graph ``graph_iri``.

    ``user``: ``NAME:PASSWORD`` for HTTP basic authentication.
    """
    path, in_store = _locate(graph)
    iri = graph_iri or build_graph_iri(graph)
    if in_store:
        from .store import open as open_graph

        body, ctype = open_graph(path).dump("nt"), "application/n-triples"
    else:
        body, ctype = path.read_bytes(), "text/turtle; charset=utf-8"
    parsed = urllib.parse.urlsplit(endpoint)
    if parsed.scheme not in ("http", "https"):
        raise UsageError(f"{endpoint}: the endpoint must be an http(s) URL")
    query = urllib.parse.parse_qsl(parsed.query) + [("graph", iri)]
    url = urllib.parse.urlunsplit(parsed._replace(query=urllib.parse.urlencode(query)))
    req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": ctype})
    if user:
        req.add_header("Authorization", "Basic " + base64.b64encode(user.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status = resp.status
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300].strip()
        raise UsageError(f"{endpoint} refused the graph: HTTP {exc.code} {exc.reason}"
                         + (f": {detail}" if detail else "")) from None
    except urllib.error.URLError as exc:
        raise UsageError(f"{endpoint}: cannot reach the endpoint ({exc.reason})") from None
    return PushResult(endpoint, iri, status, len(body))
