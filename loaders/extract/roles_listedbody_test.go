package extract

import "testing"

// TestListedBody checks that the body named before the first title of a
// list of posts and holders is the body of a later title naming none.
func TestListedBody(t *testing.T) {
	const lead = "Commander Visits Quito\n\nQUITO, Ecuador — Gen. Rita Moss, commander of U.S. Southern Command (SOUTHCOM), visited Ecuador this week. "
	checkRoles(t, []roleCase{
		{name: "second title, honorific holder", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jon Tarr, and Chief of Staff, Dr. Amy Lusk.",
			person: "Amy Lusk", title: "Chief of Staff", org: "U.S. Southern Command"},
		{name: "second title, ranked holder", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jon Tarr, and Senior Enlisted Leader, Marine Sgt. Maj. Tod Weir.",
			person: "Tod Weir", title: "Senior Enlisted Leader", org: "U.S. Southern Command"},
		{name: "a capitalised word of the title before the chain", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jon Tarr, and Command Senior Enlisted Leader, Sgt. Maj. Tod Weir.",
			person: "Tod Weir", org: "U.S. Southern Command"},
		{name: "first item's title right before its holder, no comma", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander Jon Tarr and Senior Enlisted Leader, Sgt. Maj. Tod Weir.",
			person: "Tod Weir", title: "Senior Enlisted Leader", org: "U.S. Southern Command"},
		{name: "a command's sergeant major after the comma", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander Jon Tarr and Command Senior Enlisted Leader, Command Sgt. Maj. Tod Weir.",
			person: "Tod Weir", org: "U.S. Southern Command"},
		{name: "a state's items, holders after commas, 'and' without a comma", text: "Talks Held\n\nOn May 4, Mr. Tom Hale met Peruvian Vice Minister of Defense for Policy, Ms. Ana Soto and Vice Minister of Defense for Planning, Mr. Luis Roca.",
			person: "Luis Roca", title: "Vice Minister of Defense for Planning", org: "Peru"},
		{name: "the second title names its own body", text: lead + "Her party included SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jon Tarr, and the U.S. Army's Senior Enlisted Leader, Sgt. Maj. Tod Weir.",
			person: "Tod Weir", org: "U.S. Southern Command", neg: true},
	})
}
