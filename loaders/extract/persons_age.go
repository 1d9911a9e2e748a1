// A person's age written as "N-year-old" or "age N" beside a capitalised
// name: "arrested 22-year-old Ana Ruiz", "Ana Ruiz, a 44-year-old citizen
// of Peru", "Ana Ruiz, age 44,". (An age alone between commas, "Ana Ruiz,
// 44,", is read by nationalApposition.)

package extract

import "strconv"

// ageNear reports whether an age is given right before or after the name
// run [s, e). News copy states an age, and only a person's, next to the
// name: before it as "N-year-old", after it set off by a comma (", a
// 44-year-old …", ", age 44", ", aged 44").
func (d *doc) ageNear(s, e int) bool {
	if s >= 5 && d.yearOld(s-5) {
		return true // "arrested 22-year-old X"
	}
	if e+2 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	if k := d.toks[e+1].key; k == "age" || k == "aged" {
		return d.age(e + 2) // ", age 44,"
	}
	return (d.toks[e+1].key == "a" || d.toks[e+1].key == "an") && d.yearOld(e+2) // ", a 44-year-old …"
}

// yearOld reports whether the tokens from k spell "N-year-old".
func (d *doc) yearOld(k int) bool {
	return k+4 < len(d.toks) && d.age(k) && d.toks[k+1].key == "-" && d.toks[k+2].key == "year" &&
		d.toks[k+3].key == "-" && d.toks[k+4].key == "old"
}

// age reports whether token k is a number a person's age can be.
func (d *doc) age(k int) bool {
	n, err := strconv.Atoi(d.toks[k].key)
	return err == nil && n >= 1 && n <= 120 && len(d.toks[k].key) <= 3
}
