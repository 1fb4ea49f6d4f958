#!/usr/bin/env python3
"""Score any legalcite binary's mentions against a folder of mention labels (`"labels":
"mentions"`), as `legalcite eval` does: by kind and span, only the kinds the label covers
(`mention_kinds`). For binaries older than that scoring (the session-start column of the README).

    python3 scripts/score-mentions.py PATH/TO/legalcite Corpus/cold-mentions
"""
import json, glob, subprocess, sys
binary, folder = sys.argv[1], sys.argv[2]
counts = {}
for path in sorted(glob.glob(folder + '/*.expected.json')):
    expected = json.load(open(path))
    source = folder + '/' + expected['source']['name']
    got = json.loads(subprocess.run([binary, 'extract', source], capture_output=True).stdout)
    kinds = set(expected.get('mention_kinds') or [])
    want = {(m['kind'], tuple(m['span'])) for m in expected['citations']}
    have = {(m['kind'], tuple(m['span'])) for m in got.get('citations', []) if not kinds or m['kind'] in kinds}
    for kind, _ in want | have:
        counts.setdefault(kind, [0, 0, 0])
    for key in want:
        counts[key[0]][0 if key in have else 2] += 1
    for key in have - want:
        counts[key[0]][1] += 1
print('| kind | expected | precision | recall |')
for kind, (tp, fp, fn) in sorted(counts.items()):
    print(f"| {kind} | {tp + fn} | {tp / max(1, tp + fp):.3f} | {tp / max(1, tp + fn):.3f} |")
