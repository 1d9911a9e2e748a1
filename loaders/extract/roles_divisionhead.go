package extract

import "strings"

// divisionHeadTitle reports whether a role title at org is that of the
// assistant attorney general who heads a division of a justice ministry
// ("Assistant Attorney General X of the Justice Department's Criminal
// Division", "Acting Assistant Attorney General Y of the Civil
// Division"): the division's head, so no post of the department above it.
// A deputy or former one heads nothing.
func divisionHeadTitle(title, org string) bool {
	t := " " + fold(title) + " "
	return strings.Contains(t, " assistant attorney general ") && !strings.Contains(t, " deputy ") &&
		!strings.Contains(t, " former ") && strings.HasSuffix(fold(org), " division")
}
