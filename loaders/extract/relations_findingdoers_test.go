package extract

import "testing"

// TestFindingDoerLists: the doers a finding lists as reports write them,
// with acronyms in parentheses, descriptions before names, names the
// extractor does not know, the kind after the names, and a body's unnamed
// unit, which names no one.
func TestFindingDoerLists(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "acronyms in parentheses",
			text: head + "The Chaco Legal Aid Foundation documented 40 extrajudicial killings by the Northern Liberation Front (FLN), the National Police (PN), and the Tren de Aragua in Concepción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front", "Chaco Legal Aid Foundation|accused|National Police", "Chaco Legal Aid Foundation|accused|Tren de Aragua"}},
		{name: "a name not known, in the list",
			text: head + "The Chaco Legal Aid Foundation documented 40 extrajudicial killings by the Rural Watch, Criminal, and Border Corps, the Northern Liberation Front, and the Tren de Aragua in Concepción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front", "Chaco Legal Aid Foundation|accused|Tren de Aragua"}},
		{name: "described names",
			text: head + "The Chaco Legal Aid Foundation reported government authorities, the self-proclaimed Northern Liberation Front, and the former police officer Carlos Benitez Ortiz tortured 12 farmers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay", "Chaco Legal Aid Foundation|accused|Northern Liberation Front", "Chaco Legal Aid Foundation|accused|Carlos Benitez Ortiz"}},
		{name: "the kind after the names, an act inflicting abuse",
			text: head + "The Chaco Legal Aid Foundation concluded the Tren de Aragua and Northern Liberation Front groups used sexual violence against rival communities.",
			want: []string{"Chaco Legal Aid Foundation|accused|Tren de Aragua", "Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "an act with no abuse",
			text: head + "The Chaco Legal Aid Foundation concluded the Tren de Aragua and Northern Liberation Front groups controlled most of the border.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Tren de Aragua", "Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "an unnamed unit of a named body",
			text: head + "The Chaco Legal Aid Foundation implicated the Northern Liberation Front's urban unit and the former police officer Carlos Benitez Ortiz in the killings.",
			want: []string{"Chaco Legal Aid Foundation|accused|Carlos Benitez Ortiz"},
			not:  []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "a place after the doers",
			text: head + "The Chaco Legal Aid Foundation documented 14 cases of torture by police in Asunción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

// TestReportFinders: a finding told through the report that carries it:
// the report's named authors accuse the doers it names.
func TestReportFinders(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "reports from two monitors",
			text: head + "Reports from the Chaco Legal Aid Foundation and the nongovernmental organization (NGO) Tekove Rights Network implicated the Northern Liberation Front in the killings.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "an investigation by a body, a participle phrase",
			text: head + "An investigation by the Chaco Legal Aid Foundation, published on April 23, implicated the Northern Liberation Front and Carlos Benitez Ortiz in planning the attack.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front", "Chaco Legal Aid Foundation|accused|Carlos Benitez Ortiz"}},
		{name: "after an opening phrase",
			text: head + "In May, a report from the Chaco Legal Aid Foundation documented 12 killings by police in the north.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "according to the monitor's report, witnesses implicated",
			text: head + "According to the Chaco Legal Aid Foundation report, several witnesses implicated Carlos Benitez Ortiz in the planning of the violence.",
			want: []string{"Chaco Legal Aid Foundation|accused|Carlos Benitez Ortiz"}},
		{name: "a report on something else",
			text: head + "A report by the Chaco Legal Aid Foundation described the economy of the north.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

// TestAccordingReports: "According to" a monitor's report or data, and a
// finding whose clause opens with a phrase of time or place.
func TestAccordingReports(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "according to a report by the monitor",
			text: head + "According to a report by the Chaco Legal Aid Foundation, police killed three farmers in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "according to the monitor's annual report",
			text: head + "According to the Chaco Legal Aid Foundation's annual report, soldiers tortured 12 detainees.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "according to data from the monitor",
			text: head + "According to data from the Chaco Legal Aid Foundation, the Northern Liberation Front killed nine ranchers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "a time phrase with its comma, an auxiliary",
			text: head + "According to the Chaco Legal Aid Foundation, as of August, soldiers had killed three farmers in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "a time phrase without a comma",
			text: head + "The Chaco Legal Aid Foundation reported that in April police killed three farmers in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "a report on something else",
			text: head + "According to a report by the Chaco Legal Aid Foundation, in April farmers protested in Pilar.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

// TestFindingVerbsComplaints: a monitor's count of complaints names their
// doer after "against"; the wider finding verbs (received, identified,
// stated) read as the others do.
func TestFindingVerbsComplaints(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: c. Torture\n\n"
	checkRelCases(t, []relCase{
		{name: "complaints against police",
			text: head + "The Chaco Legal Aid Foundation registered 12 complaints of torture against police officers in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "complaints against victims' kind, then the doer",
			text: head + "The Chaco Legal Aid Foundation received 12 complaints of abuse against detainees by the Northern Liberation Front.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "violence against women names no doer",
			text: head + "The Chaco Legal Aid Foundation received 12 complaints of violence against women in Pilar.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "identified cases by a named group",
			text: head + "The Chaco Legal Aid Foundation identified 57 cases of torture by the Northern Liberation Front in 2020.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "stated, the doers' act an abuse",
			text: head + "The Chaco Legal Aid Foundation stated soldiers tortured three farmers in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "stated, no abuse",
			text: head + "The Chaco Legal Aid Foundation stated soldiers patrolled the border in Pilar.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

// TestFindingBodyMembers: a named body's member as the doer ("a FLN
// officer shot …") makes the body the doer; an article before it is
// read past.
func TestFindingBodyMembers(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "a body's officer",
			text: head + "According to a Chaco Legal Aid Foundation investigation, in April a Northern Liberation Front officer shot and killed a farmer in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "a body's members",
			text: head + "The Chaco Legal Aid Foundation reported Northern Liberation Front members tortured two ranchers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "a member doing no abuse",
			text: head + "The Chaco Legal Aid Foundation reported a Northern Liberation Front officer visited two ranchers.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
	})
}
