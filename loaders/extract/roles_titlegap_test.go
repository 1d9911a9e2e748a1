package extract

import "testing"

// TestTitleGap checks that words qualifying a title between it and its
// holder's name (a service styling the rank, "a.i.") keep the title with
// the name, that a chargé d'affaires' post is placed like an ambassador's
// (and not in the state a mission's head is "in"),
// and that a title between two titled people of a list is the next one's.
func TestTitleGap(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "bare service before a rank",
			text:   "Officials meet in Miami\n\nParaguayan President Otto Brandl visited U.S. Southern Command (SOUTHCOM) today and met with SOUTHCOM Commander Marine Gen. Harold P. Quimby.",
			person: "Harold P. Quimby", title: "Commander", org: "U.S. Southern Command"},
		{name: "bare plural service before a compound rank",
			text:   "Officials meet in Miami\n\nParaguayan President Otto Brandl visited U.S. Southern Command (SOUTHCOM) today and met with SOUTHCOM Commander Marines Brig. Gen. Harold P. Quimby.",
			person: "Harold P. Quimby", title: "Commander", org: "U.S. Southern Command"},
		{name: "no title before the service: no post",
			text:   "Officials meet in Miami\n\nParaguayan President Otto Brandl visited Miami today and met with Marine Gen. Harold P. Quimby.",
			person: "Harold P. Quimby", org: "Paraguay", neg: true},
		{name: "ad interim after a comma",
			text:   "Embassy meets police\n\nThe U.S. Embassy working group, led by U.S. Chargé d’Affaires, a.i. Miriam Oakhurst, hosted Commissioner of Police Tomas Vell on May 4.",
			person: "Miriam Oakhurst", title: "Chargé d’Affaires, a.i.", org: "United States"},
		{name: "ad interim without a comma",
			text:   "Embassy meets police\n\nThe U.S. Embassy working group, led by U.S. Chargé d’Affaires a.i. Miriam Oakhurst, hosted Commissioner of Police Tomas Vell on May 4.",
			person: "Miriam Oakhurst", title: "Chargé d’Affaires a.i.", org: "United States"},
		{name: "bare chargé d'affaires with the title's acronym",
			text:   "Embassy meets police\n\nThe U.S. Embassy working group, led by Chargé d’Affaires (CDA) Miriam Oakhurst, hosted Commissioner of Police Tomas Vell on May 4.",
			person: "Miriam Oakhurst", title: "Chargé d’Affaires", org: "United States"},
		{name: "a mission head in the host state, before a comma",
			text:   "Embassy donates boats to police\n\nBELMOPAN – The U.S. Embassy donated four boats to the Belize police on Monday. The Chargé d’Affaires in Belize, Miriam Oakhurst, said the boats would help.",
			person: "Miriam Oakhurst", title: "Chargé d’Affaires", org: "United States"},
		{name: "the host state is not the mission head's",
			text:   "Embassy donates boats to police\n\nBELMOPAN – The U.S. Embassy donated four boats to the Belize police on Monday. The Chargé d’Affaires in Belize, Miriam Oakhurst, said the boats would help.",
			person: "Miriam Oakhurst", org: "Belize", neg: true},
		{name: "an apposed chargé before a titled name is the next person's",
			text:   "Officials meet in Miami\n\nThe commander of U.S. Southern Command, Marine Gen. Harold P. Quimby, Chargé d’Affaires to the Andean Affairs Unit, Ambassador Rosa Lindqvist, and others met in Miami.",
			person: "Harold P. Quimby", title: "Chargé d’Affaires", org: "United States", neg: true},
	})
}
