#!/usr/bin/env python3
"""mkcorpus.py — remake the checked-in truth corpus (tests/differential/corpus/, truth.tsv).

usage: python3 tests/differential/mkcorpus.py [--check]

Generates CANDIDATES small files of each kind with gen.py (--small, seed SEED_V1; --small
--v2, seed SEED_V2), then picks about TARGET of them: first, greedily, files until every
value of every feature the generator varies (meta: language, separator, decimal mark,
placeholders, lines of no product, statuses, grouped layouts...) is in at least COVER files,
then the smallest of the rest. The files picked are copied into corpus/ (every GZIP_EVERY-th
gzipped, which relrec reads as it reads plain files) and their truth written to truth.tsv,
which run_truth.sh reads: relrec's `make test` needs no python.

REQUIRED lists files always picked, each for a bug it caught; EXCLUDED files left out, each
with why (a file relrec reads wrong is a finding, not something to exclude). --check only says whether corpus/ and truth.tsv are what this script
makes (exit 1 when not).
"""
import gzip
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (gen.py beside this script)

CANDIDATES = 400
SEED_V1, SEED_V2 = 4201, 4202
TARGET = 200
COVER = 3
GZIP_EVERY = 10
EXCLUDED = {}   # 'v1/f012': 'why'
# files picked whatever the cover, each for a bug it once caught
REQUIRED = {'v2/f312': 'grouped, code-less lines rejected: an order whose first line has no code (42c9967)'}

# the meta fields that are choices, each value of which the corpus covers
CHOICES = ['lang', 'sep', 'dec', 'thou', 'cur', 'quote_all', 'datefmt', 'invform', 'custform', 'itemmode',
           'grouped', 'use_status', 'use_type', 'use_country', 'sparse_country', 'unused', 'sort_guests_first',
           'empty_codes']


def features(meta):
    f = set()
    for k in CHOICES:
        v = meta.get(k)
        if k == 'cur' and v:
            v = v[0] + ' ' + v[1]
        f.add('%s=%s' % (k, v))
    f.add('tricky products=%s' % (meta['p_tricky'] > 0))
    f.add('tricky customers=%s' % (meta['p_tricky_cust'] > 0))
    f.add('quantities of 1000 or more=%s' % (meta['big_quantities'] > 0))
    for why in meta['reasons']:
        f.add('line=%s' % why)
    return f


def candidates(tmp):
    out = []
    for kind, seed, flags in (('v1', SEED_V1, []), ('v2', SEED_V2, ['--v2'])):
        d = os.path.join(tmp, kind)
        gen.main(flags + ['--small', d, str(CANDIDATES), str(seed)])
        for k in range(CANDIDATES):
            name = '%s/f%03d' % (kind, k)
            if name in EXCLUDED:
                continue
            base = os.path.join(d, 'f%03d' % k)
            with open(base + '.truth.json', encoding='utf-8') as fh:
                t = json.load(fh)
            out.append(dict(name=name, csv=base + '.csv', size=os.path.getsize(base + '.csv'),
                            truth=t['truth'], feat=features(t['meta'])))
    return out


def pick(cands):
    need = {}
    for c in cands:
        for f in c['feat']:
            need[f] = COVER
    chosen = [c for c in cands if c['name'] in REQUIRED]
    assert len(chosen) == len(REQUIRED), 'a REQUIRED file is not among the candidates'
    rest = [c for c in cands if c['name'] not in REQUIRED]
    for c in chosen:
        for f in c['feat']:
            need[f] -= 1
    while any(n > 0 for n in need.values()):
        best = max(rest, key=lambda c: (sum(1 for f in c['feat'] if need[f] > 0), -c['size']))
        if not any(need[f] > 0 for f in best['feat']):
            break
        for f in best['feat']:
            need[f] -= 1
        chosen.append(best)
        rest.remove(best)
    rest.sort(key=lambda c: (c['size'], c['name']))
    chosen += rest[:max(0, TARGET - len(chosen))]
    chosen.sort(key=lambda c: c['name'])
    return chosen


def write(chosen, outdir, tsv):
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows = []
    for i, c in enumerate(chosen):
        name = c['name'].replace('/', '_') + '.csv'
        with open(c['csv'], 'rb') as fh:
            data = fh.read()
        if i % GZIP_EVERY == GZIP_EVERY - 1:
            name += '.gz'
            with open(os.path.join(outdir, name), 'wb') as fh:   # mtime 0: the same bytes each time
                with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0) as gz:
                    gz.write(data)
        else:
            with open(os.path.join(outdir, name), 'wb') as fh:
                fh.write(data)
        t = c['truth']
        rows.append('%s\t%d\t%d\t%d\t%d\t%d\t%.2f' % (name, t['kept'], t['customers'], t['items'], t['invoices'],
                                                     t['quantity'], t['spend']))
    with open(tsv, 'w', encoding='utf-8') as fh:
        fh.write('# The truth of corpus/: what relrec\'s documented rules say `stats` prints for each file\n'
                 '# (tests/differential/gen.py says which rule each figure encodes). Made by mkcorpus.py;\n'
                 '# read by run_truth.sh, which allows quantity and spend 0.011 either way.\n')
        for k, why in sorted(EXCLUDED.items()):
            fh.write('# left out: %s: %s\n' % (k, why))
        fh.write('file\tkept\tcustomers\titems\tinvoices\tquantity\tspend\n')
        fh.write('\n'.join(rows) + '\n')


def same_tree(a, b):
    na, nb = sorted(os.listdir(a)), sorted(os.listdir(b))
    if na != nb:
        return False
    for n in na:
        with open(os.path.join(a, n), 'rb') as fa, open(os.path.join(b, n), 'rb') as fb:
            if fa.read() != fb.read():
                return False
    return True


def main(argv):
    check = argv == ['--check']
    if argv and not check:
        sys.stderr.write('usage: mkcorpus.py [--check]\n')
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        cands = candidates(os.path.join(tmp, 'gen'))
        chosen = pick(cands)
        outdir, tsv = os.path.join(HERE, 'corpus'), os.path.join(HERE, 'truth.tsv')
        if check:
            write(chosen, os.path.join(tmp, 'corpus'), os.path.join(tmp, 'truth.tsv'))
            with open(tsv, 'rb') as a, open(os.path.join(tmp, 'truth.tsv'), 'rb') as b:
                ok = a.read() == b.read() and same_tree(outdir, os.path.join(tmp, 'corpus'))
            print('corpus is up to date' if ok else 'corpus differs from what mkcorpus.py makes')
            return 0 if ok else 1
        write(chosen, outdir, tsv)
    feats = set().union(*(c['feat'] for c in chosen))
    print('%d files, %d feature values covered, %d bytes of CSV' %
          (len(chosen), len(feats), sum(c['size'] for c in chosen)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
