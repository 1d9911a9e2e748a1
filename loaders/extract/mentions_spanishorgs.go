// A Spanish or Portuguese organisation's name runs on over the lower-case
// words that join its parts: "Fundación Ruritana para el Desarrollo
// Económico y Social", "Grupo Especial de Investigaciones Nacionales e
// Internacionales".

package extract

// openingMarks open a translation written right after a name.
var openingMarks = set("-", "--", "—", "–", "(")

// romanceNameJoins join the capitalised words of a Spanish or Portuguese
// body's name, besides the particles of persons' names.
var romanceNameJoins = set("para", "por", "pela", "pelo", "en", "em", "e", "el", "contra", "sobre", "sin", "com", "con", "a", "al")

// romanceNameRunEnd is the end of the name run that starts at token i
// after a Spanish or Portuguese organisation's head: capitalised words,
// joined by particles or romanceNameJoins (at most three in a row, none
// opening a line) when a capitalised word of the same sentence follows
// them (nameRunOver).
func (d *doc) romanceNameRunEnd(i int) int {
	return d.nameRunOver(i, romanceNameJoins)
}

// prefixOrgRunEnd is the end of the name after the Spanish or Portuguese
// head at token i: read with romanceNameRunEnd, except where the name
// translates one just written before a dash or an opening parenthesis
// ("a new Alliance for Growth--Alianza para Crecimiento--"), which keeps
// the persons' particles only (nameRunEnd).
func (d *doc) prefixOrgRunEnd(i int) int {
	j := i - 1
	for j >= 0 && i-j <= 2 && openingMarks[d.toks[j].key] {
		j--
	}
	if j < i-1 && j >= 0 && d.capWord(j) {
		return d.nameRunEnd(i + 1)
	}
	return d.romanceNameRunEnd(i + 1)
}
