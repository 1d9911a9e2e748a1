package extract

import "strings"

// crimeTradeWords name a trade in crime, never an office: "drug kingpin",
// "arms trafficker", "drug lord".
var crimeTradeWords = set("kingpin", "kingpins", "trafficker", "traffickers", "smuggler", "smugglers", "capo", "capos",
	"lord", "lords", "druglord", "druglords", "hitman", "hitmen", "ringleader", "ringleaders")

// crimeTrade reports whether a title names a trade in crime: with a
// state's demonym before it ("Mexican drug kingpin X") it gives the
// person's nationality, not a post in that government.
func crimeTrade(title string) bool {
	for _, w := range strings.Fields(fold(title)) {
		if crimeTradeWords[w] {
			return true
		}
	}
	return false
}
