#!/usr/bin/env python3
"""Writes core/src/main/resources/dev/newspipe/core/entities/traditional.tsv from the npm package opencc-js.

    cd /tmp && npm pack opencc-js@1.4.2 && mkdir occ && tar xzf opencc-js-1.4.2.tgz -C occ
    python3 core/tools/make-traditional.py /tmp/occ/package/dist/esm-lib/dict/TSCharacters.js \
        > core/src/main/resources/dev/newspipe/core/entities/traditional.tsv

OpenCC's traditional-to-simplified character table, one-to-one pairs of BMP characters only (the first simplified
candidate), so that folding a text keeps every offset.
"""
import re
import sys

data = open(sys.argv[1], encoding="utf-8").read()
body = re.search(r'"(.*)"', data, re.S).group(1)
print("# OpenCC TSCharacters via npm opencc-js 1.4.2 (Apache-2.0), one-to-one BMP pairs; "
      "regenerate with core/tools/make-traditional.py")
for pair in body.split("|"):
    parts = pair.split(" ")
    if len(parts) < 2:
        continue
    t, s = parts[0], parts[1]
    if len(t) == 1 and len(s) == 1 and ord(t) < 0x10000 and ord(s) < 0x10000 and t != s:
        print(f"{t}\t{s}")
