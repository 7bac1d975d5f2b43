"""Parses CSV files with Python's csv module and prints {FILE: [rows as lists]} as JSON (test/export/neo4j-csv.test.ts).

The dialect is the one `neo4j-admin database import` reads by default: comma, double quote, "" inside quotes.
"""
import csv
import json
import sys

out = {}
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        out[path] = list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True, strict=True))
print(json.dumps(out))
