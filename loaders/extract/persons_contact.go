// A contact line: a line of its own that opens with "Contact:" ("Media
// Contact:", "Press Contacts:") and lists the press officers to call, each
// with a telephone number: "Contact: Ana Ruiz and Ole Vik, 202/555-0100."
// Releases put only people's names there, so a name stands though its
// given name is unknown.

package extract

// contactLabels are the words that may come before "contact" at the start
// of a contact line.
var contactLabels = map[string]bool{"media": true, "press": true}

// contactName reports whether the name run [s, e) is listed on a contact
// line: the line opens with "Contact:" (after "Media" or "Press"), the run
// follows the colon or a list's comma, semicolon or "and", and a list
// separator, a number or the line's end follows it.
func (d *doc) contactName(s, e int) bool {
	if e-s < 2 || s < 2 {
		return false
	}
	p := d.paraStart(s)
	k := p
	if contactLabels[d.toks[k].key] {
		k++
	}
	if k+1 >= s || (d.toks[k].key != "contact" && d.toks[k].key != "contacts") || !d.toks[k].cap || d.toks[k+1].key != ":" {
		return false
	}
	switch d.toks[s-1].key {
	case ":", ",", ";", "and":
	default:
		return false
	}
	if e == len(d.toks) || d.toks[e].para != d.toks[s].para {
		return true
	}
	switch t := d.toks[e]; {
	case t.key == "," || t.key == ";" || t.key == "and" || t.key == "(" || t.key == ".":
		return true
	default:
		return t.kind == tWord && t.key[0] >= '0' && t.key[0] <= '9'
	}
}
