#!/usr/bin/env python3
"""classify.py CORPUS OUT — the differential test's verdicts (differential.sh runs it).

CORPUS holds v*/fNNN.csv with fNNN.truth.json (gen.py); OUT holds, for each file, the old
and the new binary's output of `stats --hist` and `clean` (v1_fNNN.csv.old, .new). A file is
  same-right   both outputs the same, the figures the truth's
  same-wrong   both the same, a figure off the truth (listed: a finding for both)
  IMPROVED     the outputs differ; old had a figure off the truth, new has none
  REGRESSION   the outputs differ; new has a figure off the truth, old had none
  BOTHWRONG    the outputs differ and both have figures off the truth, not the same ones
  diff-right   the outputs differ (a note, a warning), both figures the truth's
  diff-wrong   the outputs differ, both off the truth with the same figures
The figures are stats' kept, customers, items, invoices (exact), quantity and spend
(within 0.011). Prints the counts, then each file that is not right in new with what is off.
Exit status 1 when a file is a REGRESSION.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

FIGURES = ('kept', 'customers', 'items', 'invoices', 'quantity', 'spend')
LINE = re.compile(r'^(kept|customers|items|invoices|quantity|spend)\s+(-?[\d.,]+)')


def figures(path):
    d = {}
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = LINE.match(line)
            if m and m.group(1) not in d:   # 'kept' heads a later line of clean too
                d[m.group(1)] = float(m.group(2).replace(',', ''))
    return d


def off(d, truth):
    return [k for k in FIGURES if k not in d or abs(d[k] - truth[k]) > 0.011]


def verdict(same, bad_old, bad_new, fig_old, fig_new):
    if same:
        return 'same-wrong' if bad_new else 'same-right'
    if bad_old and not bad_new:
        return 'IMPROVED'
    if bad_new and not bad_old:
        return 'REGRESSION'
    if bad_new:
        return 'BOTHWRONG' if fig_old != fig_new else 'diff-wrong'
    return 'diff-right'


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: classify.py CORPUS OUT\n')
        return 2
    corpus, out = argv
    res = []
    for t in sorted(glob.glob(os.path.join(corpus, 'v*', 'f*.truth.json'))):
        rel = os.path.relpath(t[:-len('.truth.json')] + '.csv', corpus)
        name = rel.replace(os.sep, '_')
        with open(t, encoding='utf-8') as f:
            truth = json.load(f)['truth']
        po, pn = os.path.join(out, name + '.old'), os.path.join(out, name + '.new')
        with open(po, 'rb') as a, open(pn, 'rb') as b:
            same = a.read() == b.read()
        fo, fn = figures(po), figures(pn)
        bo, bn = off(fo, truth), off(fn, truth)
        res.append((verdict(same, bo, bn, fo, fn), rel, bo, bn, fn, truth))
    counts = Counter(r[0] for r in res)
    print('  '.join('%s %d' % (k, counts[k]) for k in sorted(counts)))
    for v, rel, bo, bn, fn, truth in res:
        if bn:
            got = ', '.join('%s %s (truth %s)' % (k, '%g' % fn[k] if k in fn else 'none', truth[k]) for k in bn)
            print('%-10s %s: %s%s' % (v, os.path.join(corpus, rel), got,
                                      '' if v.startswith('same') or not bo else '; old off in ' + ' '.join(bo)))
    return 1 if counts['REGRESSION'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
