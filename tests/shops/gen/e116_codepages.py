# e116: e112's exports as their programs write them on Windows, in a Windows code page, not
# UTF-8 (Pohoda's CSV is cp1250; SoftOne's, Microinvest's, Rivile's and Priority's the page of
# their script): the same rows, so the same truth. The truth's figures are e112's, counted by
# gen/e112_languages.py from the rows it wrote, never from relrec. python3 e116_codepages.py
# OUTDIR runs e112_languages.py into OUTDIR/e112, writes OUTDIR/NAME.csv in each page (e112's
# text decoded, its BOM left out, encoded in the page: a character the page lacks is an error
# here, never a '?') and prints each file's shops.tsv line, the page's guess among its texts.
import os, subprocess, sys

out = sys.argv[1] if len(sys.argv) > 1 else '.'
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(out, 'e112')
os.makedirs(src, exist_ok=True)
lines = subprocess.run([sys.executable, os.path.join(here, 'e112_languages.py'), src],
                       check=True, capture_output=True, text=True).stdout.splitlines()
truth = {l.split('\t')[0]: l.split('\t') for l in lines}

# e112's name, the page, and the texts its load must print (the columns e112 asserts too)
pages = [
    ('e112_pohoda_cz', 'cp1250', 'user=Kód odběratele, item=Kód zásoby'),
    ('e112_szamlazz_hu', 'cp1250', 'user=Vevőkód, item=Cikkszám'),
    ('e112_softone_gr', 'cp1253', 'user=ΚΩΔ. ΠΕΛΑΤΗ, item=ΚΩΔΙΚΟΣ ΕΙΔΟΥΣ'),
    ('e112_microinvest_bg', 'cp1251', 'user=Код на клиент, item=Код на стока'),
    ('e112_rivile_lt', 'cp1257', 'user=Pirkėjo kodas, item=Prekės kodas'),
    ('e112_priority_he', 'cp1255', 'user=מספר לקוח, item=מק"ט'),
]
for name, page, cols in pages:
    with open(os.path.join(src, name + '.csv'), encoding='utf-8-sig', newline='') as f:
        text = f.read()
    new = 'e116_' + name[len('e112_'):] + '_' + page
    with open(os.path.join(out, new + '.csv'), 'wb') as f:
        f.write(text.encode(page))
    t = truth[name]
    t[0], t[1] = new, new + '.csv.gz'
    t[12] = 'format: gzip, %s (guessed from the header\'s names)|%s' % (page, cols)
    print('\t'.join(t))
