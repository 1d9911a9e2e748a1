// The agent in charge of an agency's field office holds the office's
// post, not one at the agency.

package extract

import "strings"

// inChargeTitle reports whether title is that of the agent in charge of a
// unit ("Special Agent in Charge", "Acting Special Agent-in-Charge",
// "Assistant Director in Charge"): the unit's head, so the post is read at
// the unit the text names and not once more at the agency above it.
func inChargeTitle(title string) bool {
	t := " " + strings.ReplaceAll(fold(title), "-", " ") + " "
	return strings.Contains(t, " in charge ")
}

// officeUnit reports whether name is that of an agency's office ("Miami
// Field Office", "Richmond Resident Office") rather than a division.
func officeUnit(name string) bool {
	return strings.HasSuffix(fold(name), " office")
}

// unitOfTwoAgencies reports whether the text names the unit as two
// different agencies' ("the FBI's Miami Field Office" and "the DEA's
// Miami Field Office"): the unit's name alone does not tell which office
// the holder runs, so the post stays at the agency too. Each owner is
// read by ownedUnitMention.
func (d *doc) unitOfTwoAgencies(unit *entity) bool {
	var owner *entity
	for _, om := range d.ments {
		if um := d.ownedUnitMention(om); um == nil || um.ent != unit {
			continue
		}
		if owner != nil && owner != om.ent {
			return true
		}
		owner = om.ent
	}
	return false
}
