package extract

import "github.com/newsgraph/newsgraph/schema"

// Intergovernmental frameworks: a forum, declaration, partnership or
// working group that governments set up between them is an agreement of
// its members, not an organisation: "the U.S.-Mexico High-Level Security
// Dialogue", "the Trilateral Fentanyl Committee", "the Americas
// Partnership for Economic Prosperity", "the Lima Declaration on Border
// Crossings".

// frameworkHeads end such a name.
var frameworkHeads = lexWords.set("frameworkHeads")

// titledFrameworkHeads make an agreement of any name that carries a
// complement: "Partnership for …", "Declaration on …".
var titledFrameworkHeads = lexWords.set("titledFrameworkHeads")

// memberAdjs say a body is set up among states: "Trilateral", "Global".
var memberAdjs = lexWords.set("memberAdjs")

// frameworkPrefix reports whether the capitalised words before the head
// at i mark an intergovernmental body: a pair of states joined by a
// hyphen ("U.S.-Mexico", "U.S.- Peru"), or an adjective of membership
// ("Trilateral", "Global"), or "High-Level", or a region of several
// states ("the Americas …", not before a committee or a group). A "group" must be a "Working
// Group", or be named by the pair of states that set it up or as
// high-level ("the U.S.-Peru Border Implementation Group", "the
// High-Level Consultative Group"): a group named only by an adjective of
// membership may be any kind of body ("Global Financial Group").
func (d *doc) frameworkPrefix(i int) bool {
	key := d.toks[i].key
	// a group other than a Working Group counts only a pair of states or "High-Level"
	group := key == "group" && (i == 0 || d.toks[i-1].key != "working")
	if key == "group" && d.topicWorkingGroup(i) {
		return true // "the Counternarcotics Working Group" (frameworks_workinggroup.go)
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-8 && d.toks[k].sent == sent && !d.toks[k+1].brk; k-- {
		t := d.toks[k]
		if t.key == "-" || t.key == "–" {
			if d.statesJoinedAt(k) {
				return true
			}
			continue
		}
		if !d.capWord(k) {
			return false
		}
		if t.key == "level" && d.highLevel(k) {
			return true // "High-Level Economic Dialogue": held between governments
		}
		if group {
			continue
		}
		if d.stateRegionAt(k) && key != "committee" && key != "group" {
			return true // "the Americas Counter Smuggling Coalition": the states of a region
		}
		if key != "committee" && memberAdjs[t.key] || key == "committee" && (t.key == "bilateral" || t.key == "trilateral" || t.key == "binational") {
			return true
		}
	}
	return false
}

// stateRegions end the names of regions of several states whose name
// opening a framework's says the region's states set it up ("the
// Americas … Coalition", "the Caribbean … Partnership").
var stateRegions = lexWords.set("stateRegions")

// stateRegionAt reports whether the name of a region the gazetteer knows
// starts at token k and ends in one of stateRegions.
func (d *doc) stateRegionAt(k int) bool {
	ps, n := d.g.lookup(d.toks, k)
	if n == 0 || len(ps) == 0 || ps[0].kind != kIgnore && ps[0].kind != kRegionDemonym {
		return false
	}
	return stateRegions[d.toks[k+n-1].key]
}

// lawHeads end the name of a law.
var lawHeads = set("act", "bill", "law", "statute", "amendment", "decree")

// lawNamed reports whether a law's capitalised head word stands at token
// k, after a framework's head: "the United States-Ecuador Partnership Act
// of 2022" is a law, no partnership.
func (d *doc) lawNamed(k int) bool {
	return k < len(d.toks) && d.toks[k].cap && lawHeads[d.toks[k].key]
}

// highLevel reports whether "Level" at token k follows "High", with or
// without a hyphen: "High-Level", "High Level".
func (d *doc) highLevel(k int) bool {
	if k >= 1 && d.toks[k-1].key == "high" {
		return true
	}
	return k >= 2 && (d.toks[k-1].key == "-" || d.toks[k-1].key == "–") && d.toks[k-2].key == "high"
}

// statesJoinedAt reports whether the hyphen at token k joins the names of
// two states or blocs of states: "U.S.-Mexico", "U.S.- Peru".
func (d *doc) statesJoinedAt(k int) bool {
	return k > 0 && d.countryEndsAt(k) && d.countryStartsAt(k+1)
}

// countryEndsAt reports whether a state's name, or a bloc's of states
// (sideAt), ends just before token k.
func (d *doc) countryEndsAt(k int) bool {
	s, _, _ := d.sideEndingAt(k, 0, "")
	return s >= 0
}

// sideEndingAt finds the nearest name of a state or a bloc of states
// (sideAt) that starts at or after token low, within four words before
// token k, and ends just before k, other than except: its start, name
// and whether it is a bloc's. The start is -1 when none ends there.
func (d *doc) sideEndingAt(k, low int, except string) (int, string, bool) {
	for s := k - 1; s >= low && s >= k-4; s-- {
		if c, n, bloc := d.sideAt(s); c != "" && s+n == k && c != except {
			return s, c, bloc
		}
	}
	return -1, "", false
}

// countryStartsAt reports whether a state's name, or a bloc's of states
// (sideAt), starts at token k.
func (d *doc) countryStartsAt(k int) bool {
	c, _, _ := d.sideAt(k)
	return c != ""
}

// pairParties returns the two states a name joins with a hyphen
// ("U.S.-Mexico Security Dialogue": United States and Mexico).
func (d *doc) pairParties(m *mention) []*entity {
	for k := m.s + 1; k < m.e-1; k++ {
		if key := d.toks[k].key; key != "-" && key != "–" && key != "/" {
			continue
		}
		_, left, leftBloc := d.sideEndingAt(k, m.s, "")
		right, _, rightBloc := d.sideAt(k + 1)
		if left == "" || right == "" || left == right {
			continue
		}
		// the states are parties of it; a state named only inside the
		// name is no mention of its government ("the Peru-Chile Border
		// Accord" says nothing Chile's government did)
		return []*entity{d.sideEntity(left, leftBloc, k-1), d.sideEntity(right, rightBloc, k+1)}
	}
	return nil
}

// genericDeclarationWords describe a declaration without naming it: "the
// Joint Declaration on …" is an agreement only when signed jointly, "the
// Lima Declaration on …" is named for where it was adopted.
var genericDeclarationWords = lexWords.set("genericDeclarationWords")

// namedDeclaration reports whether the declaration whose name runs from s
// to its head at i is named by a proper word, not described.
func (d *doc) namedDeclaration(s, i int) bool {
	if s == i {
		return false
	}
	for k := s; k < i; k++ {
		if genericDeclarationWords[d.toks[k].key] {
			return false
		}
	}
	return true
}

// venueCountry returns the state that alone names an agreement after the
// place it was signed, "the Barbados Agreement", "the Lima Declaration":
// the venue, not a party, once the text names parties.
func (d *doc) venueCountry(e *entity) string {
	for _, m := range d.ments {
		if m.ent != e || m.e-m.s < 2 {
			continue
		}
		head := d.toks[m.e-1].key
		if !agreementHeads[head] && !frameworkHeads[head] {
			return ""
		}
		if c, n := d.countryAt(m.s); c != "" && m.s+n == m.e-1 {
			return c
		}
		return ""
	}
	return ""
}

// agreementProcessNouns, capitalised after an agreement's head, make the
// words a topic about the agreement, not its name ("Peace Agreement
// Implementation", "Trade Agreement Negotiations").
var agreementProcessNouns = set("implementation", "negotiation", "negotiations", "compliance", "review", "monitoring",
	"verification", "talks")

// knownAgreementAfterPair is the agreement the gazetteer knows whose name
// or alias follows the two states that open the agreement name m
// ("U.S.-Mexico Bicentennial Framework on Security, …": the known
// "Bicentennial Framework"), ending m or followed by its complement
// ("for …", "on …"); nil when none.
func (d *doc) knownAgreementAfterPair(m *mention) *entity {
	k := m.s
	if _, n := d.countryAt(k); n > 0 {
		k += n
	} else {
		return nil
	}
	if k >= m.e || d.toks[k].key != "-" && d.toks[k].key != "–" {
		return nil
	}
	k++
	if _, n := d.countryAt(k); n > 0 {
		k += n
	} else {
		return nil
	}
	ps, n := d.g.lookup(d.toks, k)
	if n == 0 || k+n > m.e || len(ps) == 0 || ps[0].kind != kEntity || ps[0].entry.typ != schema.Agreement {
		return nil
	}
	if e := k + n; e < m.e && d.toks[e].key != "for" && d.toks[e].key != "on" {
		return nil
	}
	return d.entity(schema.Agreement, ps[0].entry.name, m.s)
}

// knownOrgOpens reports whether an international organisation the
// gazetteer knows opens the name [s, i] before its head ("NATO Global
// Partnership").
func (d *doc) knownOrgOpens(s, i int) bool {
	ps, n := d.g.lookup(d.toks, s)
	return n > 0 && s+n < i && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Organization
}

// knownOrgOrAgencyAt reports whether a name the gazetteer lists for an
// organisation or an agency starts at token k ("Interpol", "Coast Guard").
func (d *doc) knownOrgOrAgencyAt(k int) bool {
	ps, n := d.g.lookup(d.toks, k)
	return n > 0 && len(ps) > 0 && ps[0].kind == kEntity && (ps[0].entry.typ == schema.Organization || ps[0].entry.typ == schema.Agency)
}
