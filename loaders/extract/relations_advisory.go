// A media advisory's schedule: the meetings it lists are planned.

package extract

// scheduleMeetForms are the present forms a schedule lists a planned
// meeting with: "Secretary X meets with President Y".
var scheduleMeetForms = set("meets", "hosts", "welcomes", "greets", "receives", "visits", "joins", "holds", "participates", "attends", "tours")

// dropScheduledMeetings removes, in a text its head line calls a media
// advisory ("Media Advisory: Secretary X to Travel to Y"), the meetings
// read from a verb in the present tense: the advisory's schedule of the
// days ahead ("Thursday, March 27: Secretary X meets with President Y")
// announces them; none has taken place.
func (d *doc) dropScheduledMeetings() {
	if !d.mediaAdvisory() {
		return
	}
	drop := map[string]bool{}
	for _, m := range d.meets {
		if m.at >= 0 && m.at < len(d.toks) && scheduleMeetForms[d.toks[m.at].key] && !d.inQuote[m.at] {
			drop[m.a.name+"|"+m.b.name] = true
		}
	}
	d.dropMeetings(drop)
}

// mediaAdvisory reports whether the text's head line opens with "Media
// Advisory".
func (d *doc) mediaAdvisory() bool {
	return len(d.toks) > 2 && d.toks[0].sent == d.toks[1].sent && d.toks[0].key == "media" && d.toks[1].key == "advisory"
}
