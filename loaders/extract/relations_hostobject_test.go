package extract

import "testing"

// TestHostObject: a hosting verb names a guest only when one follows it;
// "a co-host country" is a noun, and a thing modified by a past
// participle is no guest, while a guest after a welcoming participle
// still is. All copy is invented.
func TestHostObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "co-host noun", text: "The announcement came during the Harbor Forum, which featured Belize as a co-host country, and reflects Paraguay's commitment to open trade.\n",
			not: []string{"Belize|metWith|Paraguay"}},
		{name: "hosted thing", text: "For example, Belize hosts foreign listening stations focused on collecting sensitive information from the United States.\n",
			not: []string{"Belize|metWith|United States"}},
		{name: "guest", text: "Belizean Foreign Minister Rosa Quintana hosted Paraguayan President Tomas Arevalo in Belmopan on Monday.\n",
			want: []string{"Rosa Quintana|metWith|Tomas Arevalo"}},
	})
}
