package extract

import "testing"

// TestCustodyHandovers: a state body handing a person it holds to another
// state body cooperates with it; the body naming the officers acts; a
// passive, negated or planned handover, or one of money, is none.
func TestCustodyHandovers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "transferred a person to the custody of a body",
			text: "Upon his arrival in Honduras, DEA agents transferred Mario Lopez Vega, 31, to the custody of the Honduran National Police.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Honduran National Police"}},
		{name: "transferred custody of a person to a body",
			text: "Once in Honduras, ICE HSI agents transferred custody of Mario Lopez Vega to the Honduran National Police.",
			want: []string{"Homeland Security Investigations|cooperatesWith|Honduran National Police"},
			not:  []string{"Honduras|cooperatesWith|Honduran National Police"}},
		{name: "handed a person over",
			text: "The FBI handed Mario Lopez Vega over to the Honduran National Police on Monday.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Honduran National Police"}},
		{name: "a passive handover names no giver",
			text: "Mario Lopez Vega was transferred to the Honduran National Police by plane.",
			not:  []string{"Honduras|cooperatesWith|Honduran National Police"}},
		{name: "a planned handover",
			text: "The FBI will transfer Mario Lopez Vega to the Honduran National Police.",
			not:  []string{"Federal Bureau of Investigation|cooperatesWith|Honduran National Police"}},
		{name: "money is no person",
			text: "The FBI transferred millions of dollars to the Honduran National Police.",
			not:  []string{"Federal Bureau of Investigation|cooperatesWith|Honduran National Police"}},
	})
}
