package extract

import "strings"

// A country's embassy or consulate is one post per city: "the Canadian
// Embassy in Mexico" and "the Canadian Embassy in Washington" are two
// bodies, though both are the country's embassy. A bare "the Canadian
// Embassy" is the post named before it, or the one named after it.

// otherSeat reports whether the generic post mention m names its seat
// ("Embassy in Washington") and the entity k already resolved for its
// country and kind stands in another seat.
func (d *doc) otherSeat(k *entity, m *mention) bool {
	if m.agencyK != "embassy" && m.agencyK != "consulate" {
		return false
	}
	seat, ks := postSeat(m.name), postSeat(k.name)
	for _, a := range k.aliases {
		if ks != "" {
			break
		}
		ks = postSeat(a) // "U.S. Embassy Haiti" is "Embassy in Haiti"
	}
	return seat != "" && ks != "" && seat != ks
}

// postSeat is the folded city after " in " in a post's name, or "".
func postSeat(name string) string {
	if i := strings.LastIndex(fold(name), " in "); i >= 0 {
		return fold(name)[i+4:]
	}
	return ""
}
