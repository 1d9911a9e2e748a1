package extract

import "strings"

// A past participle with its agent set off by commas describes the noun
// before it and is not the sentence's predicate: "the mission, authorized
// by the Security Council, is providing support to X" (the mission
// provides it), "the coalition, led by A, has attacked B" (the coalition
// attacked). The agent of the participle is no actor of the main verb.

// agentParticiples are irregular past participles that take a "by" agent;
// regular ones end in "-ed".
var agentParticiples = set("led", "run", "held", "made", "built", "given", "taken", "written", "drawn", "driven",
	"brought", "sought", "set", "overseen", "undertaken", "chosen", "sent", "paid", "kept", "caught", "struck",
	"won", "shown", "seen", "known", "hit", "bought", "sold", "begun", "done", "co-led", "co-chaired")

// agentParticipleAt reports whether the words from token j open a past
// participle and its "by" agent: "authorized by", "jointly led by".
func (d *doc) agentParticipleAt(j int) bool {
	if j+1 >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	if t.kind == tWord && !t.cap && strings.HasSuffix(t.key, "ly") && len(t.key) > 4 && j+2 < len(d.toks) {
		j++ // "jointly led by"
		t = d.toks[j]
	}
	if t.kind != tWord || t.cap || d.mentionAt(j) != nil || !(strings.HasSuffix(t.key, "ed") || agentParticiples[t.key]) {
		return false
	}
	return d.toks[j+1].key == "by" && d.toks[j+1].sent == t.sent
}
