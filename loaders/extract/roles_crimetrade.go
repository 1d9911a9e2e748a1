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
	return hasWordIn(title, crimeTradeWords)
}

// expertWords name a study or watch of a subject, never an office:
// "Mexico expert X", "a Colombian security analyst".
var expertWords = set("expert", "experts", "analyst", "analysts", "specialist", "specialists", "scholar", "scholars",
	"researcher", "researchers", "watcher", "watchers")

// expertTitle reports whether a title's last word names expertise: with a
// country or its demonym before it ("Mexico expert X") it gives the
// subject studied or the person's nationality, not a post in that
// government.
func expertTitle(title string) bool {
	w := strings.Fields(fold(title))
	return len(w) > 0 && expertWords[w[len(w)-1]]
}
