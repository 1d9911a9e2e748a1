package extract

import "testing"

// TestBareBodySubject: "the Department" as the subject of a legal act is
// the actor of the text's last act of that kind; with none before, the
// government the text speaks for; a bare body that is no subject, or a
// non-legal act, is not read so.
func TestBareBodySubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "continues the act before",
			text: "Designation of a Former Minister\n\nThe United States is designating former minister Carlos Vastel Quiroga due to his involvement in corruption. The Department is also designating Vastel's spouse, Delia Marquand Soto.",
			want: []string{"United States|designated|Carlos Vastel Quiroga", "United States|designated|Delia Marquand Soto"}},
		{name: "another kind of act before",
			text: "Designation of a Former Minister\n\nThe Department of Justice charged Carlos Vastel Quiroga in March. The Department is also designating his spouse, Delia Marquand Soto.",
			not:  []string{"Department of Justice|designated|Delia Marquand Soto"}},
		{name: "not the subject",
			text: "Designation of a Former Minister\n\nThe United States is designating Carlos Vastel Quiroga. A spokesperson of the Department praised Delia Marquand Soto.",
			not:  []string{"United States|designated|Delia Marquand Soto"}},
	})
}
