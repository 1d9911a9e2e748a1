package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFormerGroupHeads: a criminal group's former head, the group written
// after the title, leads the group; a former official's post, or the
// compound label "a former X leader", gives no tie.
func TestFormerGroupHeads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"apposed former head of a cartel",
			"News\n\nCarlos Vega, the former head of the Gulf Cartel, arrived in Texas on Friday.",
			[]string{"Carlos Vega|leads|Gulf Cartel"}, nil},
		{"former leader in a cartel",
			"News\n\nPedro Ruiz, a former leader in Los Zetas, was flown to Houston.",
			[]string{"Pedro Ruiz|leads|Los Zetas"}, nil},
		{"a label before a relative's name",
			"News\n\nMario Soto, the brother of former Gulf Cartel leader Luis Soto, was charged.",
			nil, []string{"Luis Soto|leads|Gulf Cartel"}},
		{"a compound label",
			"News\n\nPedro Ruiz, a former Los Zetas leader, spoke to reporters.",
			nil, []string{"Pedro Ruiz|leads|Los Zetas"}},
		{"a former official leads no more",
			"News\n\nAna Vela, the former director of the Drug Enforcement Administration, spoke on Friday.",
			nil, []string{"Ana Vela|leads|Drug Enforcement Administration"}},
	})
}
