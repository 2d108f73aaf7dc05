#!/usr/bin/env python3
# e159 (t79 F9's mirror): a shop's invoices whose buyer is written beside his tax id (NIF) in
# two or three spellings (Ana Silva, A. Silva, Ana M. Silva), each spelling beside one NIF.
# Truth: one customer a NIF (12), as the tax id names one buyer; by the name 12 buyers would be
# about 30. Writes t79_nif_spellings.csv to the current directory; the truth is printed.
import random

random.seed(159)
first = ["Ana", "Bruno", "Carla", "Diego", "Eva", "Filipe", "Gil", "Hugo", "Iara", "Joana",
         "Luis", "Marta"]
last = ["Silva", "Lima", "Dias", "Rocha", "Melo", "Sousa", "Reis", "Paz", "Luz", "Cruz",
        "Costa", "Pinto"]
buyers = []
for k in range(12):
    nif = "2%08d" % random.randrange(10**8)
    ways = [f"{first[k]} {last[k]}", f"{first[k][0]}. {last[k]}",
            f"{first[k]} {chr(65 + k)}. {last[k]}"][:2 + k % 2]
    buyers.append((nif, ways))
rows = []
for i in range(300):
    nif, ways = buyers[random.randrange(12)]
    rows.append((f"FT {1000 + i}", f"2024-{1 + i * 12 // 300:02d}-{1 + i % 28:02d}",
                 random.choice(ways), nif, f"P{random.randrange(15):02d}",
                 random.randint(1, 3), f"{random.randrange(100, 2000) / 100:.2f}"))
with open("t79_nif_spellings.csv", "w") as f:
    f.write("Documento,Data,Cliente,NIF,Artigo,Quantidade,Preço\n")
    for r in rows:
        f.write(",".join(str(x) for x in r) + "\n")
print("kept", len(rows), "customers", len({r[3] for r in rows}), "names",
      len({r[2] for r in rows}), "items", len({r[4] for r in rows}), "invoices",
      len({r[0] for r in rows}), "pairs", len({(r[3], r[4]) for r in rows}), "quantity",
      sum(r[5] for r in rows), "spend", round(sum(r[5] * float(r[6]) for r in rows), 2),
      "first", min(r[1] for r in rows), "last", max(r[1] for r in rows))
