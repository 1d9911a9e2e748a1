// Dates a text gives at its end: a proclamation's witness clause ("IN
// WITNESS WHEREOF, I have hereunto set my hand this seventh day of March,
// in the year of our Lord two thousand twenty-six") and a sign-off line
// ("La Paz, 9 March 2025.", "THE WHITE HOUSE,\nMarch 7, 2026.").

package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// witnessRE reads a witness clause's day, month and year, in words or in
// figures ("this 7th day of March, in the year of our Lord 2026").
var witnessRE = regexp.MustCompile(`(?i)\bset my hand this\s+([a-z0-9]+(?:[- ][a-z]+)?)\s+day\s+of\s+` + monthRE +
	`,?\s+in\s+the\s+year\s+of\s+our\s+lord\s+([a-z0-9][a-z0-9 -]*?)\s*[,.;]`)

// witnessDate is the YYYY-MM-DD date of text's witness clause, or "".
// Every witness clause names "our Lord", so a text without the word has
// none and the pattern, slow over a whole text, is not run on it.
func witnessDate(text string) (date, words string) {
	if !containsWordASCII(text, "lord") {
		return "", ""
	}
	m := witnessRE.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	day, year := numberWords(m[1]), numberWords(m[3])
	if day <= 0 || year <= 0 {
		return "", ""
	}
	date, ok := validDate(strconv.Itoa(year), m[2], strconv.Itoa(day))
	if !ok {
		return "", ""
	}
	return date, m[0]
}

// containsWordASCII reports whether text holds word, in lower-case ASCII
// letters other than i and k, in any case: what
// strings.Contains(strings.ToLower(text), word) says, without lowering a
// copy of the whole text (lowering takes no other letter to ASCII).
func containsWordASCII(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		k := 0
		for k < len(word) && text[i+k]|0x20 == word[k] {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}

// cardinalWords are the values of the number words a date spells out;
// ordinalWords those of the ordinals ("seventh", "twenty-first").
var (
	cardinalWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
		"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30}
)

// numberWords is the value of a number in figures ("7th", "2026") or
// spelled out ("twenty-first", "two thousand and five", "nineteen hundred
// ninety-nine"); -1 when s is not one.
func numberWords(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(strings.TrimRight(s, "stndrh")); err == nil {
		return n
	}
	total, cur, any := 0, 0, false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch {
		case w == "and":
			continue
		case w == "hundred":
			cur *= 100
		case w == "thousand":
			total += cur * 1000
			cur = 0
		case cardinalWords[w] > 0:
			cur += cardinalWords[w]
		case ordinalWords[w] > 0:
			cur += ordinalWords[w]
		default:
			return -1
		}
		any = true
	}
	if !any {
		return -1
	}
	return total + cur
}

// tailBytes is how much of an article's end may hold its sign-off line.
const tailBytes = 400

// signoffRE is a line that opens with a date, after a place or an issuer
// in capitals and a comma: "La Paz, 9 March 2025. Ministry of …",
// "March 7, 2026.".
var signoffRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’ -]{0,40},\s*)?(?:` + monthRE + `\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+` +
	monthRE + `,?\s+(\d{4}))\b`)

// signoffDate is the date of the last sign-off line in text's tail, or "".
func signoffDate(text string) (date, words string) {
	tail := text
	if len(tail) > tailBytes {
		tail = tail[len(tail)-tailBytes:]
	}
	lines := strings.Split(tail, "\n")
	for i := len(lines) - 1; i >= 1; i-- { // the first may be cut
		line := strings.TrimSpace(lines[i])
		m := signoffRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if m[1] != "" {
			date, _ = validDate(m[3], m[1], m[2])
		} else {
			date, _ = validDate(m[6], m[5], m[4])
		}
		if date != "" {
			return date, m[0]
		}
	}
	return "", ""
}
