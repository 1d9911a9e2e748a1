package extract

import "testing"

// TestSignatureBlockRoles checks that the signers under a letter's
// sign-off, each name on a line with a title line under it, hold that
// title; a paragraph of prose after a sign-off names no one's title. All
// copy is invented.
func TestSignatureBlockRoles(t *testing.T) {
	ex := newExtractor(t)
	const letter = "Senators Urge Designation of Cartels\n\nDear Secretary:\n\n" +
		"We write to urge you to designate the cartels as foreign terrorist organizations.\n\n" +
		"Sincerely,\n\nDana Whitcomb\nUnited States Senator\n\nKyle Ormsby\nUnited States Senator\n\nColleen Marr\nMember of Congress\n"
	x := ex.Extract(article(letter))
	for _, p := range []string{"Dana Whitcomb", "Kyle Ormsby", "Colleen Marr"} {
		if !hasRole(x, p, "United States") {
			t.Errorf("roles = %+v, want %s at United States", x.Roles, p)
		}
	}
	x = ex.Extract(article("H\n\nThe letter closed as usual.\n\nSincerely,\n\nDana Whitcomb said on Monday that the Senate would vote.\n"))
	if len(x.Roles) != 0 {
		t.Errorf("roles = %+v, want none", x.Roles)
	}
}
