package extract

import "strings"

// abbrevRankOnly reports whether a title is only abbreviated military
// ranks ("Gen.", "Maj. Gen.", "Sgt. Maj."): a rank, which holds no post.
func abbrevRankOnly(title string) bool {
	w := strings.Fields(title)
	for _, x := range w {
		if !strings.HasSuffix(x, ".") || !militaryRanks[fold(x)] {
			return false
		}
	}
	return len(w) > 0
}
