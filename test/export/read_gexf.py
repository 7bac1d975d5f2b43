"""Reads GEXF files with networkx and prints what it understood as JSON (used by test/export/gexf-networkx.test.ts).

usage: python3 read_gexf.py FILE...   → {"networkx": version, "gexf13": bool, "graphs": {FILE: summary}}
Standard library and networkx only (no pip): Debian's python3-networkx or whatever networkx the interpreter has.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf


def summary(path):
    g = nx.read_gexf(path)
    if g.is_multigraph():
        edges = [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [[u, v, d.get("id"), d] for u, v, d in g.edges(data=True)]
    return {
        "graph": {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float))},
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }


if __name__ == "__main__":
    print(json.dumps({
        "networkx": nx.__version__,
        "gexf13": "1.3" in gexf.GEXF.versions,
        "graphs": {path: summary(path) for path in sys.argv[1:]},
    }))
