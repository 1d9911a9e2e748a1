package extract

import (
	"html"
	"strings"
	"unicode/utf8"
)

// normText is an article's text made regular for reading: HTML tags
// removed, entities decoded, odd white space made plain, invisible
// characters dropped, and the quotation marks that the Congressional
// Record and TeX type as two characters (” and “) made plain double
// quotes. so and eo map every byte of n back to the byte range of the
// original it came from, so spans found in n can be cut from the original
// exactly.
type normText struct {
	n      string
	so, eo []int32 // nil when n is the original unchanged
	srcLen int
}

// span maps the byte range [a, b) of n to the original text.
func (t *normText) span(a, b int) (int, int) {
	if t.so == nil {
		return a, b
	}
	if a >= b {
		if a < len(t.so) {
			return int(t.so[a]), int(t.so[a])
		}
		return t.srcLen, t.srcLen
	}
	return int(t.so[a]), int(t.eo[b-1])
}

var blockTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true}

func normalize(src string) normText {
	if clean(src) {
		return normText{n: src, srcLen: len(src)}
	}
	var b strings.Builder
	b.Grow(len(src))
	so := make([]int32, 0, len(src))
	eo := make([]int32, 0, len(src))
	emit := func(s string, from, to int) {
		b.WriteString(s)
		for range len(s) {
			so = append(so, int32(from))
			eo = append(eo, int32(to))
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c == '<' {
			if end, name, ok := htmlTag(src, i); ok {
				if blockTags[name] {
					emit("\n", i, end)
				}
				i = end
				continue
			}
		}
		if c == '&' {
			if end, ok := htmlEntity(src, i); ok {
				dec := html.UnescapeString(src[i:end])
				if dec == "\u00a0" {
					dec = " "
				}
				emit(dec, i, end)
				i = end
				continue
			}
		}
		if (c == '\'' || c == '`') && i+1 < len(src) && src[i+1] == c {
			emit("\"", i, i+2) // '' or ``: one quotation mark typed as two
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
					continue
				}
				emit("\n", i, i+1)
			case '\t', '\v', '\f':
				emit(" ", i, i+1)
			default:
				if c < 0x20 && c != '\n' {
					emit(" ", i, i+1)
				} else {
					b.WriteByte(c)
					so = append(so, int32(i))
					eo = append(eo, int32(i+1))
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			emit(" ", i, i+n)
		case r == 0xA0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
			emit(" ", i, i+n)
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0xAD || r == 0x2060:
			// invisible: dropped
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			emit("\n", i, i+n)
		default:
			b.WriteString(src[i : i+n])
			for k := 0; k < n; k++ {
				so = append(so, int32(i+k))
				eo = append(eo, int32(i+k+1))
			}
		}
		i += n
	}
	return normText{n: b.String(), so: so, eo: eo, srcLen: len(src)}
}

// clean reports whether src needs no normalisation.
func clean(src string) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '<' || c == '&' || c == '\r' || (c < 0x20 && c != '\n') ||
				(c == '\'' || c == '`') && i+1 < len(src) && src[i+1] == c {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError || r == 0xA0 || (r >= 0x2000 && r <= 0x200D) || r == 0x202F ||
			r == 0x205F || r == 0x3000 || r == 0xFEFF || r == 0xAD || r == 0x2060 ||
			r == 0x2028 || r == 0x2029 || r == 0x85 {
			return false
		}
		i += n
	}
	return true
}

// htmlTag recognises a tag or comment starting at src[i] == '<'.
func htmlTag(src string, i int) (end int, name string, ok bool) {
	if i+1 >= len(src) {
		return 0, "", false
	}
	c := src[i+1]
	if !(c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')) {
		return 0, "", false
	}
	if strings.HasPrefix(src[i:], "<!--") {
		if k := strings.Index(src[i+4:], "-->"); k >= 0 {
			return i + 4 + k + 3, "", true
		}
		return 0, "", false
	}
	limit := min(len(src), i+512)
	for j := i + 1; j < limit; j++ {
		switch src[j] {
		case '<', '\n':
			return 0, "", false
		case '>':
			tag := strings.TrimLeft(src[i+1:j], "/!?")
			k := 0
			for k < len(tag) && (tag[k]|0x20 >= 'a' && tag[k]|0x20 <= 'z' || tag[k] >= '0' && tag[k] <= '9') {
				k++
			}
			return j + 1, strings.ToLower(tag[:k]), true
		}
	}
	return 0, "", false
}

// htmlEntity recognises &name; &#123; or &#x1F; starting at src[i] == '&'.
func htmlEntity(src string, i int) (int, bool) {
	j := i + 1
	if j < len(src) && src[j] == '#' {
		j++
		hex := j < len(src) && (src[j] == 'x' || src[j] == 'X')
		if hex {
			j++
		}
		start := j
		for j < len(src) && j-start < 8 && (src[j] >= '0' && src[j] <= '9' ||
			hex && (src[j]|0x20 >= 'a' && src[j]|0x20 <= 'f')) {
			j++
		}
		if j == start || j >= len(src) || src[j] != ';' {
			return 0, false
		}
		return j + 1, true
	}
	start := j
	for j < len(src) && j-start < 12 && (src[j]|0x20 >= 'a' && src[j]|0x20 <= 'z' || src[j] >= '0' && src[j] <= '9') {
		j++
	}
	if j == start || j >= len(src) || src[j] != ';' {
		return 0, false
	}
	if html.UnescapeString(src[i:j+1]) == src[i:j+1] {
		return 0, false
	}
	return j + 1, true
}
