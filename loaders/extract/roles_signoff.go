package extract

// signOffs close a letter before its signature block: "Sincerely,".
var signOffs = set("sincerely", "respectfully", "regards")

// afterSignOff reports whether token s comes after a letter's sign-off, a
// line opening with "Sincerely," or "Respectfully,": the lines below are
// the signers' names, each with a title line under it ("Ana Ruiz / United
// States Senator"), as in a page's header block. The text's first sign-off
// is looked for once.
func (d *doc) afterSignOff(s int) bool {
	if d.signOffComma == 0 {
		d.signOffComma = -1
		for k := 1; k < len(d.toks); k++ {
			if d.toks[k].key == "," && signOffs[d.toks[k-1].key] && d.toks[k-1].brk {
				d.signOffComma = k
				break
			}
		}
	}
	return d.signOffComma > 0 && d.signOffComma < s
}

// congressMember reports whether a title is "Member of Congress", a US
// representative's style in a signature: the office is the United
// States's, as a senator's or representative's is (usChamber).
func (d *doc) congressMember(title []int) bool {
	return fold(d.titleText(title)) == "member of congress"
}
