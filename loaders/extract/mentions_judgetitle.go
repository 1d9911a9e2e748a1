package extract

// judgeTitleMods may stand between a court's name and a judge's title:
// "U.S. District Court Senior Judge …".
var judgeTitleMods = set("chief", "senior", "magistrate", "associate", "presiding")

// courtInJudgeTitle reports whether the court's name that ends at token e
// (its head "Court" at e-1) styles a judge named after it: "U.S. District
// Court Judge Ana Ruiz", "Superior Court Chief Judge Luis Soto". Such a
// name is part of the judge's title, and speaks of the court as no actor.
func (d *doc) courtInJudgeTitle(e int) bool {
	if e < 1 || d.toks[e-1].key != "court" {
		return false
	}
	k := e
	if k < len(d.toks) && judgeTitleMods[d.toks[k].key] && d.toks[k].cap {
		k++
	}
	if k+1 >= len(d.toks) || !d.toks[k].cap || d.toks[k].key != "judge" && d.toks[k].key != "justice" {
		return false
	}
	return d.toks[k+1].kind == tWord && d.toks[k+1].cap && !d.toks[k+1].brk && d.toks[k+1].sent == d.toks[e-1].sent
}
