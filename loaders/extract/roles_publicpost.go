// A post of a state's courts, legislature or registries written before a
// name with no body ("former judge X", "legislator Y", "former land
// registrar Z") is held at the state, as a minister's is. A US judge's post
// follows the district convention instead (roles_judgedistrict.go), and an
// apposition's post ("X, a deputy from the Y party") is read by the
// apposition rules.

package extract

// publicPostBefore reports whether the bare title, ending before the name
// at token at, is headed by a public post.
func (d *doc) publicPostBefore(title []int, at int) bool {
	if len(title) == 0 || title[len(title)-1] >= at {
		return false
	}
	return publicPosts[d.toks[title[len(title)-1]].key]
}
