package extract

import "testing"

// TestReleaseChargedPassive: a passive "was charged", "were each
// charged", "was indicted" that names no agent, court or place takes the
// government of the prosecuting body the release names first, even when
// the release also thanks another state's prosecutor, as a conviction
// does; a negated charge states none. All copy is invented.
func TestReleaseChargedPassive(t *testing.T) {
	const opening = "The Justice Department and the U.S. Attorney for the Western District of Texas announced the case, and thanked the Attorney General's Office of Mexico. "
	checkRelCases(t, []relCase{
		{name: "charged by complaint",
			text: opening + "Ramon Quillard Besta, 39, of Laredo, Texas, was charged by criminal complaint with one count of smuggling.",
			want: []string{"United States|charged|Ramon Quillard Besta"}},
		{name: "a pair each charged",
			text: opening + "Tavo Mernez Ruiz, 41, and Carlo Denti, 33, were each charged with two counts of kidnapping.",
			want: []string{"United States|charged|Tavo Mernez Ruiz", "United States|charged|Carlo Denti"}},
		{name: "indicted in a year",
			text: opening + "Pablo Irvas, 50, of Tijuana, was indicted in 2010 on one count of conspiracy.",
			want: []string{"United States|charged|Pablo Irvas"}},
		{name: "negated",
			text: opening + "Pablo Irvas, 50, of Tijuana, was never charged with a crime.",
			not:  []string{"United States|charged|Pablo Irvas", "Mexico|charged|Pablo Irvas"}},
	})
}
