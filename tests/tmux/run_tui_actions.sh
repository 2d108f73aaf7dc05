#!/bin/sh
# tests/run.sh: waits
# tests/tmux/run_tui_actions.sh — issue 13 on the workbench: a recommendation selected on the
# Recommend screen shows its audience (a) and, on Enter, opens its rules on the Together screen
# with its audience over them; the Together screen's a shows the selected item's audience; the
# status line names the business rules; every step reaches the journal as a command.
# Prints "ok NAME", "not ok NAME" or "skip NAME: why" (tests/run.sh).
NAMES="tui_rec_audience_key tui_rec_enter_drilldown tui_tog_audience_key tui_rules_status
tui_filters_and_rules_status tui_actions_journal tui_rec_probs_hidden_said"
. "$(dirname "$0")/lib.sh"
tmux_setup relrec-actions

start a 130x40 "$ROOT"
if ! wait_for a "396,337" 400; then
	fail tui_rec_audience_key "the workbench did not start on the bundled data"
	exit 0
fi

# Recommend: customer 17850, then the recommendations pane, the second row, its audience
keys a 4 / 17850 Enter Enter
if ! wait_for a "top 10 new to them" 600; then
	fail tui_rec_audience_key "no recommendations for 17850"
	exit 0
fi
keys a Right Right Down a
if wait_for a "─ audience 22865 " 300 && wait_for a "HAND WARMER OWL DESIGN: the 10 customers most likely to buy it" 50; then
	ok tui_rec_audience_key
else
	fail tui_rec_audience_key "a on the second recommendation (22865): wanted its audience in a pop-up"
fi

# Enter on the same recommendation: the Together screen with its rules, the audience over them
keys a Escape Enter
if wait_for a "─ audience 22865 " 300 && keys a Escape && wait_for a "─ together 22865 " 50 &&
	grep -qF "22865 HAND WARMER OWL DESIGN: in 654 of 19773 baskets" "$SCREEN" &&
	grep -qF "Enter rules  a audience" "$SCREEN"; then
	ok tui_rec_enter_drilldown
else
	fail tui_rec_enter_drilldown "Enter on 22865: wanted its audience, and under it the Together screen with its rules"
fi

# Together: another item selected, a
keys a / 85123A Enter Escape a
if wait_for a "─ audience 85123A " 300 && grep -qF "WHITE HANGING HEART T-LIGHT HOLDER: the 10 customers" "$SCREEN"; then
	ok tui_tog_audience_key
else
	fail tui_tog_audience_key "a on Together with 85123A selected: wanted its audience"
fi

# with a model, a window under 140 columns hides the class probability columns, and the
# recommendations' title says the key that shows them (t20: nothing said they exist). Before the
# filters below change the data: after a training the fitted recommender stays, so this costs
# no second fit
keys a 4 ':set epochs 1' Enter ':train' Enter
if wait_re a "run 1: 1 epoch" 900 && keys a 4 ':recommend 17850 3' Enter &&
	wait_for a "recommend 17850 3   (p: class probabilities)" 600; then
	keys a p
	if wait_for a "P(low)" 100; then ok tui_rec_probs_hidden_said
	else fail tui_rec_probs_hidden_said "p did not show the P(class) columns"; fi
else
	fail tui_rec_probs_hidden_said "after train, recommend at 100 columns: wanted '(p: class probabilities)' in its title" "$(head -30 "$SCREEN")"
fi

# the rules in force at the right of the status line
keys a Escape ':exclude items 23439 22866' Enter
if wait_re a "^excluded 2 items .* rules: 2 items excluded *$" 100; then
	ok tui_rules_status
else
	fail tui_rules_status "after ':exclude items 23439 22866': wanted 'rules: 2 items excluded' on the status line"
fi

# a filter beside the rules: both stay, before a long message (t20: the filter hid the rules,
# and a long message hid the filter)
keys a ':filter country France' Enter
wait_re a "^filters: country France .* rules: 2 items excluded *$" 100
keys a ':clean nonproduct on' Enter
if wait_re a "^non-product codes: .* filters: country France · rules: 2 items excluded *$" 100; then
	ok tui_filters_and_rules_status
else
	fail tui_filters_and_rules_status "with a filter, the rules and a long message: wanted 'filters: country France · rules: 2 items excluded' at the right" "$(tail -2 "$SCREEN")"
fi
keys a ':filter clear' Enter
wait_for a "no filters: every row counts" 100

keys a ':exclude clear' Enter
wait_for a "business rules cleared" 100
if journal_in_order "$tmp/journal.a" "recommend 17850 10" "audience 22865" "together 22865" \
	"audience 22865" "audience 85123A" "exclude items 23439 22866" "exclude clear"; then
	ok tui_actions_journal
else
	fail tui_actions_journal "the journal lacks the drill-down's commands in order:" "$(sed 's/^/| /' "$tmp/journal.a")"
fi

