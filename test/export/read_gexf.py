"""Reads GEXF files with networkx and prints what it understood as JSON (used by test/export/gexf-networkx.test.ts).

usage: python3 read_gexf.py [--teach-gexf13] FILE...   → {"networkx": version, "gexf13": bool, "graphs": {FILE: summary}}
Standard library and networkx only (no pip): Debian's python3-networkx or whatever networkx the interpreter has.

--teach-gexf13: networkx 2.8 has no GEXF 1.3 entry at all; this adds the one networkx 3.x ships (same reader code,
only the namespaces differ), for machines where no networkx >= 3 is installed. "gexf13" reports the native support.
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


NETWORKX3_GEXF13 = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

if __name__ == "__main__":
    files = sys.argv[1:]
    native13 = "1.3" in gexf.GEXF.versions
    if files and files[0] == "--teach-gexf13":
        files = files[1:]
        gexf.GEXF.versions.setdefault("1.3", NETWORKX3_GEXF13)
    print(json.dumps({
        "networkx": nx.__version__,
        "gexf13": native13,
        "graphs": {path: summary(path) for path in files},
    }))
