#!/bin/sh
# tests/replay/run_tolcmp.sh — the golden comparison with a tolerance (tests/tolcmp.awk) accepts
# what its rules allow and nothing else. Prints "ok NAME" / "not ok NAME" lines (tests/run.sh).
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT INT TERM
cat >"$tmp/tol" <<'EOF'
# a comment, then rules
rel=1e-3 abs=2e-4 ^epoch [0-9]+/
int=2 abs=0.01 ^(low|high) +[0-9]+ +[0-9]+$
abs=0.01 ^ +low +[0-9]\.
EOF
cat >"$tmp/exp" <<'EOF'
epoch 1/3  train_loss 0.7076  val_loss -0.0001
low     593      26
   low     0.82  626
bins 1 3: low 3077 71.76%
EOF

# expect NAME STATUS: compare $tmp/got with $tmp/exp, wanting exit STATUS
expect() {
	awk -f tests/tolcmp.awk "$tmp/tol" "$tmp/exp" "$tmp/got" >"$tmp/why" 2>&1
	rc=$?
	if [ "$rc" -eq "$2" ]; then echo "ok tolcmp-$1"; else echo "not ok tolcmp-$1 (exit $rc, wanted $2)"; sed 's/^/    /' "$tmp/why"; fi
}
got() { cat >"$tmp/got"; }

got <"$tmp/exp"
expect identical 0
got <<'EOF'
epoch 1/3  train_loss 0.7077  val_loss 0.0000
low     595      25
   low     0.83  626
bins 1 3: low 3077 71.76%
EOF
expect within-tolerance 0
got <<'EOF'
epoch 1/3  train_loss 0.7176  val_loss -0.0001
low     593      26
   low     0.82  626
bins 1 3: low 3077 71.76%
EOF
expect decimal-beyond-tolerance 1
got <<'EOF'
epoch 2/3  train_loss 0.7076  val_loss -0.0001
low     593      26
   low     0.82  626
bins 1 3: low 3077 71.76%
EOF
expect integer-exact-by-default 1
got <<'EOF'
epoch 1/3  train_loss 0.7076  val_loss -0.0001
low     596      26
   low     0.82  627
bins 1 3: low 3077 71.76%
EOF
expect integer-beyond-tolerance 1
got <<'EOF'
epoch 1/3  train_loss 0.7076  val_loss -0.0001
low     593      26
   low     0.82  626
bins 1 3: low 3078 71.76%
EOF
expect line-without-rule-exact 1
got <<'EOF'
epoch 1/3  train_loss 0.7076  test_loss -0.0001
low     593      26
   low     0.82  626
bins 1 3: low 3077 71.76%
EOF
expect words-exact 1
got <<'EOF'
epoch 1/3  train_loss 0.7076  val_loss -0.0001
low  593  26
   low     0.82  626
bins 1 3: low 3077 71.76%
EOF
expect blank-runs-as-one 0
head -3 "$tmp/exp" | got
expect missing-line 1
echo 'abs=1 ^no such line' >>"$tmp/tol"
got <"$tmp/exp"
expect stale-rule 1
echo 'rel=abc ^x' >"$tmp/tol"
got <"$tmp/exp"
expect bad-rule 2
echo 'abs=0.1 ^x{2}' >"$tmp/tol"
expect interval-refused 2
