package extract

import "testing"

// TestMoneyToOrganization: a sum given to an international organisation
// supports it as a sum given to a state or an agency does; a contracted
// "will" ("we'll be contributing") makes the sum a pledge, no gift.
func TestMoneyToOrganization(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a sum to a UN programme",
			text: "Fact Sheet\n\nIn FY 2024, USAID provided more than $12.5 million to the World Food Programme (WFP) for emergency food aid in Belize.",
			want: []string{"U.S. Agency for International Development|supports|World Food Programme"}},
		{name: "contributed to an organisation",
			text: "Fact Sheet\n\nThe Department of State contributed more than $4 million to the World Food Programme for school meals.",
			want: []string{"Department of State|supports|World Food Programme"}},
		{name: "a pledge with a contracted will",
			text: "Remarks by the President\n\nTHE PRESIDENT: Today the United States announced that we'll be contributing another $8 million to the World Food Programme.",
			not:  []string{"United States|supports|World Food Programme"}},
	})
}
