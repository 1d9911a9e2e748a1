// The date patterns of the head and of sentences, tried only where a match
// can begin.

package extract

import (
	"regexp"
	"strings"
)

// headPattern is a date pattern (of the head, or of a sentence) searched
// only at the offsets where one of its matches can begin: the regexp
// package tries a pattern at every byte, which made finding the date a
// tenth of an article's extraction. begins reports whether a match may
// begin at s[i:] (it may answer yes where none does, never no where one
// does); anchored is the pattern after "^". A pattern qualifies when it reads s[i:] at those
// offsets as it reads s: it opens with `\b` before a word character or
// with a line's start ((?m)^).
type headPattern struct {
	anchored *regexp.Regexp
	lines    bool      // matches begin at a line's start
	opens    [256]bool // else the bytes a match opens with
	begins   func(s string, i int) bool
}

// newHeadPattern is re searched where begins says a match may begin
// among the offsets whose byte is one of opens, or among lines' starts
// when opens is "".
func newHeadPattern(re *regexp.Regexp, opens string, begins func(s string, i int) bool) headPattern {
	p := headPattern{anchored: regexp.MustCompile(`^(?:` + re.String() + `)`), lines: opens == "", begins: begins}
	for i := range len(opens) {
		p.opens[opens[i]] = true
	}
	return p
}

// findAll is the pattern's FindAllStringSubmatchIndex(s, -1): its
// leftmost matches, each searched from the end of the one before.
func (p *headPattern) findAll(s string) [][]int {
	var all [][]int
	for m := p.next(s, 0); m != nil; m = p.next(s, m[1]) {
		all = append(all, m)
	}
	return all
}

// find is the pattern's FindStringSubmatch(s): the text of its leftmost
// match and of its groups, or nil.
func (p *headPattern) find(s string) []string {
	m := p.next(s, 0)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for k := range out {
		if m[2*k] >= 0 {
			out[k] = s[m[2*k]:m[2*k+1]]
		}
	}
	return out
}

// next is the pattern's leftmost match in s that begins at from or after,
// as submatch offsets in s, or nil.
func (p *headPattern) next(s string, from int) []int {
	for i := from; i < len(s); i++ {
		if p.lines && i > 0 && s[i-1] != '\n' {
			k := strings.IndexByte(s[i:], '\n')
			if k < 0 {
				break
			}
			i += k // the loop steps past the line's end
			continue
		}
		if !p.lines && !p.opens[s[i]] || !p.begins(s, i) {
			continue
		}
		m := p.anchored.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		return m
	}
	return nil
}

var (
	mdyHead = newHeadPattern(mdyRE, upperLetters, monthWordAt)
	// a sentence's "on May 5" and "in May 2021"
	mdSent = newHeadPattern(mdRE, "oO", func(s string, i int) bool {
		w := s[i:runEnd(s, i, isASCIILetter)]
		return wordStart(s, i) && (w == "on" || w == "On")
	})
	mySent  = newHeadPattern(myRE, upperLetters, monthWordAt)
	dmyHead = newHeadPattern(dmyRE, digits, func(s string, i int) bool {
		n := runEnd(s, i, isDigitByte) - i
		return wordStart(s, i) && n >= 1 && n <= 2
	})
	isoHead = newHeadPattern(isoRE, digits, func(s string, i int) bool {
		j := runEnd(s, i, isDigitByte)
		return wordStart(s, i) && j-i == 4 && j < len(s) && (s[j] == '-' || s[j] == '/')
	})
	numLineHead = newHeadPattern(numLineRE, "", func(s string, i int) bool {
		line, _, _ := strings.Cut(s[i:], "\n")
		for k := 0; k+4 < len(line); k++ { // a date in figures: "[./]2024"
			if (line[k] == '.' || line[k] == '/') && runEnd(line, k+1, isDigitByte)-k-1 >= 4 {
				return true
			}
		}
		return false
	})
)

// upperLetters and digits are the bytes a month-first and a number-first
// date open with.
const (
	upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits       = "0123456789"
)

// monthWords are the words monthRE reads as a month, without the period.
var monthWords = func() map[string]bool {
	forms := strings.TrimSuffix(strings.TrimPrefix(monthRE, "("), `)\.?`)
	words := map[string]bool{}
	for _, w := range strings.Split(forms, "|") {
		words[w] = true
	}
	return words
}()

// monthWordAt reports whether a word monthRE reads as a month begins at
// s[i], after `\b`.
func monthWordAt(s string, i int) bool {
	return wordStart(s, i) && monthWords[s[i:runEnd(s, i, isASCIILetter)]]
}

// wordStart reports whether `\b` holds before s[i], a word character: the
// byte before it is none (bytes of other scripts are none to `\b`).
func wordStart(s string, i int) bool {
	return i == 0 || !isWordByte(s[i-1])
}

// isWordByte reports whether c is a word character to `\b` (ASCII).
func isWordByte(c byte) bool { return c == '_' || isDigitByte(c) || isASCIILetter(c) }

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// runEnd is the end of the run of bytes from s[i] that in accepts.
func runEnd(s string, i int, in func(byte) bool) int {
	for i < len(s) && in(s[i]) {
		i++
	}
	return i
}
