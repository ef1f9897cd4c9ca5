#!/usr/bin/env python3
"""Check labels.json of this share: every starts_with occurs verbatim in its file, in page order, with 12+ characters (or the whole body, ending at a line end, where the body is shorter),
document categories equal the set of article categories, and every docs/*.txt is labelled and listed in SOURCES.md."""
import json, glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
lab = json.load(open(os.path.join(here, 'labels.json'), encoding='utf-8'))
src = open(os.path.join(here, 'SOURCES.md'), encoding='utf-8').read()
bad = 0
files = {'docs/' + os.path.basename(f) for f in glob.glob(os.path.join(here, 'docs', '*.txt'))}
for name, doc in lab['documents'].items():
    text = open(os.path.join(here, name), encoding='utf-8').read()
    pos = 0
    for a in doc['articles']:
        s = a['starts_with']
        i = text.find(s, pos)
        if (len(s) < 12 and not text[i:i+len(s)+1].endswith("\n")) or i < 0:
            print('BAD', name, repr(s)); bad += 1
        else:
            pos = i + 1
    if set(doc['categories']) != {a['category'] for a in doc['articles']}:
        print('CATEGORIES', name); bad += 1
    if '| ' + name + ' |' not in src:
        print('NO SOURCE LINE', name); bad += 1
for f in files - set(lab['documents']):
    print('UNLABELLED', f); bad += 1
print(len(lab['documents']), 'documents,', sum(len(d['articles']) for d in lab['documents'].values()), 'articles,', bad, 'problems')
sys.exit(1 if bad else 0)
