// A Spanish or Portuguese news outlet keeps its article: "El Diario de
// Hoy", "La Prensa Libre", "O Diário do Povo".

package extract

// outletHeads are the prefix organisation heads that name a news outlet.
var outletHeads = set("diario", "diário", "periódico", "periodico", "radio", "rádio", "revista", "prensa", "noticias",
	"canal", "televisión", "television", "televisão", "jornal", "semanario", "heraldo")

// outletArticles are the singular articles an outlet's name opens with.
var outletArticles = set("el", "la", "o", "a")

// outletArticleStart is where the outlet name headed at token i starts: at
// the capitalised article right before it ("El Diario de Hoy"), else at i.
func (d *doc) outletArticleStart(i int) int {
	if i == 0 || !outletHeads[d.toks[i].key] || d.toks[i].brk {
		return i
	}
	a := d.toks[i-1]
	if !a.cap || !outletArticles[a.key] || a.kind != tWord || a.sent != d.toks[i].sent || d.at[i-1] != 0 {
		return i
	}
	return i - 1
}
