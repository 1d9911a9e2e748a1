// Members a group's plural member noun introduces in a list: "key X
// figures, including A and B", "members of the X gang, such as A".

package extract

// groupMemberPlurals are plural nouns for the rank and file of a criminal
// group.
var groupMemberPlurals = set("members", "figures", "operatives", "associates", "lieutenants", "affiliates")

// groupMemberLists reads each person listed after "including" or "such
// as" as a member of the named criminal group that modifies a plural
// member noun ("X figures") or follows it with "of" ("members of the X"),
// when only unnamed lower-case words stand between the noun and the list
// (roles_groupleaders.go reads leaders the same way).
func (d *doc) groupMemberLists(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		if !groupMemberPlurals[t.key] || t.cap || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		org := d.leaderGroupBefore(i)
		after := i + 1
		if org == nil {
			org, after = d.groupAfterOf(i)
		}
		if org == nil {
			continue
		}
		for _, p := range d.personList(d.listOpening(after, t.sent), t.sent) {
			add(p, "memberOf", org, i)
		}
	}
}
