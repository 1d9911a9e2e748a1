// Members of the US Congress named with an unabbreviated title and no
// party tag: "Senator X", "Representatives A and B", "Congressman C".

package extract

// usCongressText reports whether a legislator's title written in full
// with no party tag ("Senator X", "Representatives A and B") is a member
// of the US Congress's in this text: the text is datelined in the United
// States, tags some US legislator with a party, is a floor speech of
// the Congressional Record ("Mr. LEAHY. Mr. President, …") or names a
// chamber of the US Congress (roles_congressbody.go). A foreign
// legislator's title is marked as such ("Colombian Senator X") and takes
// that state before this is asked. Read once per text.
func (d *doc) usCongressText() bool {
	if d.usCongress == 0 {
		d.usCongress = 1
		if d.usDatelined() || d.floorRecord || d.usPartyTags() || d.namesUSChamber() {
			d.usCongress = 2
		}
	}
	return d.usCongress == 2
}
