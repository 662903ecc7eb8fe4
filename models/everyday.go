package models

import "sleeve/models/vocab"

// readEveryday reads an everyday word of a setting or activity
// (vocab.Everyday): "oven" and "pasta" are the kitchen, "broom"
// housework, "laptop" the office, "boxing" working out. Such a word is
// weak evidence, a thing named in passing: it sets the setting or the
// activity only when no other word has, and a setting or activity word
// said later in the message takes its place, and the ranking takes it as
// a weaker hint (Request.WeakSetting, WeakActivity). A word the library's names hold is left to the search,
// and a refused one ("no wine") asks for nothing. It reports whether the
// phrase was such a word.
func (rd *reading) readEveryday(r *Request, phrase string, neg bool) bool {
	kind, target := vocab.Everyday(phrase)
	if kind == "" || rd.lex.HasWord(phrase) {
		return false
	}
	if neg {
		return true
	}
	switch kind {
	case "setting":
		if r.Setting == "" {
			r.Setting = target
			r.WeakSetting = true
			rd.note("setting:"+target, phrase)
		}
	case "context":
		if r.Activity == "" {
			r.Activity = target
			r.WeakActivity = true
			rd.note("activity:"+target, phrase)
		}
	}
	return true
}
