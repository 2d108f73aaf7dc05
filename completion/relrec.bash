# bash completion for relrec(1): options, file names, the logical column names of --map and
# the values the other load options suggest.
# The words come from relrec itself (`relrec --complete-words options|argoptions|map|--OPTION`, read off
# ui/main.c's option table, which takes the load options from src/commands.c, and src/ingest.c's
# column table), so this file keeps no list of its
# own. Installed as share/bash-completion/completions/relrec by `make install` and the Debian
# package; needs nothing from the bash-completion package, so `source` works too.

# _relrec_words CMD WHAT: the words `CMD --complete-words=WHAT` prints, nothing on failure
# (with "=": relrec refuses a separate value that looks like an option, as --decimal does).
_relrec_words()
{
	local cmd=$1
	[[ $cmd == "~/"* ]] && cmd=$HOME/${cmd#"~/"}
	"$cmd" --complete-words="$2" 2>/dev/null
}

_relrec()
{
	local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[0]}
	COMPREPLY=()
	# bash breaks words at '=' (COMP_WORDBREAKS): glue "--map" "=" "user" "=" "cust,it" back
	# into the one word the shell will pass to relrec.
	local -a words=()
	local i k=-1
	for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
		if ((i > 1)) && [[ ${COMP_WORDS[i]} == = || ${COMP_WORDS[i - 1]} == = ]]; then
			words[k]+=${COMP_WORDS[i]}
		else
			words[++k]=${COMP_WORDS[i]}
		fi
	done
	((k >= 1)) || return 0
	local word=${words[k]} prev=${words[k - 1]}
	[[ $cur == = ]] && cur=
	# Replies replace only bash's current word, the part of $word after the last break.
	local lead=${word%"$cur"}

	[[ ${words[1]} == gen ]] && return 0 # relrec gen ROWS [--seed S]: nothing to offer

	local opt=$prev value= vprefix=
	if [[ $word == --*=* ]]; then
		opt=${word%%=*} vprefix=$opt= value=${word#*=}
	elif [[ $cur == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$(_relrec_words "$cmd" options)" -- "$cur")
		return 0
	else
		value=$word
	fi

	if [[ $opt == --map || $opt == -m ]]; then
		# NAME=COL,NAME=COL,...: offer the names not yet mapped after the last comma.
		local head= seg=${value##*,} n
		[[ $value == *,* ]] && head=${value%,*},
		[[ $seg == *=* ]] && return 0 # a column name or number of the user's file
		for n in $(_relrec_words "$cmd" map); do
			[[ $n == "$seg"* && ,$head != *,"$n"=* ]] || continue
			COMPREPLY+=("$vprefix$head$n=")
		done
		COMPREPLY=("${COMPREPLY[@]#"$lead"}")
		compopt -o nospace 2>/dev/null
		return 0
	fi
	if [[ $opt == --* && $opt != --replay && $opt != --journal ]]; then
		# a load option's suggested values (its declaration's choices), quoted for the shell
		local w choices
		choices=$(_relrec_words "$cmd" "$opt")
		if [[ -n $choices ]]; then
			for w in $choices; do
				[[ $w == "$value"* ]] || continue
				w=$vprefix$w
				COMPREPLY+=("$(printf '%q' "${w#"$lead"}")")
			done
			return 0
		fi
	fi
	if [[ $opt == -* ]] && ! _relrec_words "$cmd" argoptions | grep -qxe "$opt"; then
		[[ -n $vprefix ]] && return 0 # --flag=...: takes no value
		opt= # the previous word is a flag; this one is FILE
	fi
	# The argument of --replay or --journal, or FILE.
	compopt -o filenames 2>/dev/null
	mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}
complete -F _relrec relrec
