package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestGenericAgreementModifiers checks agreements named in lower case with
// modifiers no list knows.
func TestGenericAgreementModifiers(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"unlisted noun modifiers", "H\nFarmers in Caquetá signed the crop replacement agreement with the government in 2021.", "crop replacement agreement"},
		{"hyphenated modifier after a vague adjective", "H\nThe truce rests on a tacit non-interference pact between the two gangs.", "non-interference pact"},
		{"letter of intent with its subject", "H\nThe two ports signed a letter of intent on cargo screening last week.", "letter of intent on cargo screening"},
		{"a vague adjective alone names nothing", "H\nOfficials said the new agreement would be announced soon.", ""},
		{"coordinated modifiers", "H\nPeru and Chile are drafting a customs and migration agreement for the border.", "customs and migration agreement"},
		{"an of-complement between modifiers", "H\nPanama and the United States renewed their status of forces agreement on Friday.", "status of forces agreement"},
		{"a possessive determiner", "H\nGuatemala's deportation deal with the US draws fire\nCritics spoke on Monday.", "deportation deal"},
		{"bilateral with its parties after it", "H\nBelize sent troops under a bilateral agreement signed with Guatemala in May.", "bilateral agreement"},
		{"bilateral alone names nothing", "H\nThe minister praised bilateral agreements in general.", ""},
		{"protocol as a head", "H\nGuatemala and Honduras agreed a prisoner transfer protocol on Monday.", "prisoner transfer protocol"},
		{"a rental contract is no agreement between parties", "H\nThe embassy signed a rental agreement for its new offices in Quito.", ""},
		{"an unlisted hyphenated modifier before listed ones", "H\nChile and Bolivia signed a cattle-rustling cooperation accord on Monday.", "cattle-rustling cooperation accord"},
		{"two unlisted modifiers, one hyphenated", "H\nHonduras and Belize signed a naval-technical cooperation agreement last week.", "naval-technical cooperation agreement"},
		{"an on-complement after the head", "H\nEcuador signed a cooperation agreement on coastal patrols with Peru in May.", "cooperation agreement on coastal patrols"},
		{"an against-complement after the head", "H\nThe two governments signed a security pact against cattle smuggling.", "security pact against cattle smuggling"},
		{"a memorandum's complement stops at the verb", "H\nThe flights run under a memorandum of understanding on fishing rights signed in Lima.", "memorandum of understanding on fishing rights"},
		{"a complement is no time phrase", "H\nOfficials said the tariff deal on hold would be revived.", "tariff deal"},
		{"a leading year is part of a capitalised name", "H\nUnder the 1998 Border Treaty, Peru and Ecuador share the river.", "1998 Border Treaty"},
		{"a year before a name the gazetteer knows stays out", "H\nThe 2021 Bicentennial Framework replaced the older plan, Mexico said.", "Bicentennial Framework for Security, Public Health, and Safe Communities"},
		{"a joint declaration signed by governments", "H\nChile and Peru signed a joint declaration on fisheries control in March.", "joint declaration on fisheries control"},
		{"a declaration nobody signs is no agreement", "H\nThe president issued an emergency declaration for the port city.", ""},
		{"a bare head with a complement when parties sign it", "H\nColombia and Ecuador signed an agreement on maritime interdiction on Monday.", "agreement on maritime interdiction"},
		{"a bare head with a complement nobody signs names nothing", "H\nTalks on an agreement on maritime interdiction stalled.", ""},
		{"a participle inside the complement", "H\nCosta Rica and Panama signed a joint declaration against organised crime on Friday.", "joint declaration against organised crime"},
		{"an idiom after the head is no complement", "H\nCosta Rica and Panama signed a ceasefire agreement on condition that talks resume.", "ceasefire agreement"},
		{"one signer's emergency declaration is no agreement", "H\nThe president signed an emergency declaration for seven provinces on Monday.", ""},
		{"a company's supply contract with a complement is no agreement", "H\nThe company signed a supply agreement on spare parts with the navy.", ""},
		{"a plan two governments sign", "H\nChile and Argentina signed a sugar cane eradication plan on Monday.", "sugar cane eradication plan"},
		{"one government's plan is no agreement", "H\nChile announced a new border security plan on Monday.", ""},
		{"a weak head two governments sign", "H\nChile and Argentina signed a firearms tracing convention on Monday.", "firearms tracing convention"},
		{"a capitalised joint declaration two governments sign", "H\nChile and Argentina signed a Joint Declaration on Border Security on Monday.", "Joint Declaration on Border Security"},
		{"a capitalised joint declaration nobody signs", "H\nScholars still cite the Joint Declaration on Border Security.", ""},
		{"an unlisted noun coordinated with a listed modifier", "H\nChile accused Peru of breaking a mining and security accord on the border.", "mining and security accord"},
		{"a leading year in a lower-case name", "H\nThe faction rejected the 2019 peace agreement with the government of Peru.", "2019 peace agreement"},
		{"an evaluative modifier names nothing", "H\nTalks with armed groups are a priority initiative for the president, Peru said.", ""},
		{"a plea deal is no agreement between parties", "H\nThe trafficker accepted a plea deal in a Miami court, Colombia said.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			agreementNamed(t, ex, c.text, c.want)
		})
	}
}

// TestNewsOrganisationHeads checks news services named by their head
// word.
func TestNewsOrganisationHeads(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, name string }{
		{"H\nPANAMA CITY (Isthmus Wire Service) — Police seized two tons of cocaine.", "Isthmus Wire Service"},
		{"H\nThe Andean Gazette reported the arrests on Monday.", "Andean Gazette"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.name, schema.Organization) {
			t.Errorf("Extract(%q) entities = %+v, want organisation %q", c.text, x.Entities, c.name)
		}
	}
}

// TestCompanyAndNameBoundaries checks company names and the words that are
// not people.
func TestCompanyAndNameBoundaries(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
		notWant    string
	}{
		{"H\nTreasury named Sierra Azul Holdings, Inc. and two other firms.", "Sierra Azul Holdings, Inc.", schema.Organization, "Sierra Azul Holdings"},
		{"H\nThe cargo belonged to Naviera Costa Sur de Chiriquí S.A., prosecutors said.", "Naviera Costa Sur de Chiriquí S.A.", schema.Organization, "Chiriquí S.A."},
		{"H\nThe Ministry of Defence of the Republic of Honduras informs the public of the following.", "Honduras", schema.Government, "Ministry of Defence of the Republic of Honduras"},
		{"H\nThe Supreme Electoral Council (SEC) of Nicaragua counted the votes.", "Supreme Electoral Council", schema.Agency, ""},
		{"H\nThe Transitional Presidential Council met in Port-au-Prince on Monday.", "Transitional Presidential Council", schema.Agency, ""},
		{"H\nMaduro sent troops to the coasts of Sucre and Falcón states, the ministry said.", "", "", "Falcón"},
		{"H\nGangs now control parts of the Artibonite and Centre departments, the UN said.", "", "", "Artibonite and Centre"},
		{"H\nLima said it would no longer depend on US military aid to fight coca.", "", "", "US military"},
		{"H\nThe US military said on Monday that it sank a boat.", "US military", schema.Agency, ""},
		{"H\nThe National Service for Care to Persons Deprived of Liberty (SNAPL) runs the prisons.", "National Service for Care to Persons Deprived of Liberty", schema.Agency, ""},
		{"H\nThey led the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) for years.", "Sinaloa Cartel", schema.Cartel, ""},
		{"H\nCARACAS — Senator Tobias Wrenfield, a Virginia Democrat, objected. “Congress has not authorized war against Venezuela,” Wrenfield said.", "U.S. Congress", schema.Agency, "Virginia Democrat"},
		{"H\nQuestions came from journalists of Radio Jamaica on Tuesday.", "Radio Jamaica", schema.Organization, ""},
		{"H\nAttorney General Nadia Baptiste and Police Commissioner Rohan Delisle spoke in Kingston.", "Nadia Baptiste", schema.Person, "Attorney General Nadia Baptiste and Police"},
		{"H\nDutch Customs said it scanned every container. Customs said the scanners work.", "", "", "Customs"},
		{"H\n“It is over,” said Assistant Secretary for Narcotics and Law Enforcement Affairs Delphine Marchetti.", "Delphine Marchetti", schema.Person, "Secretary for Narcotics and Law Enforcement Affairs"},
		{"H\nRosalinda Quispe Huanca, the cooperative's founder, met buyers. “I told Rosalinda to wait,” her brother said.", "Rosalinda Quispe Huanca", schema.Person, "Rosalinda"},
	} {
		x := ex.Extract(article(c.text))
		if c.name != "" && !hasEntity(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
		for _, e := range x.Entities {
			if e.Name == c.notWant {
				t.Errorf("Extract(%q) entities = %+v, do not want %q", c.text, x.Entities, c.notWant)
			}
		}
	}
}

// TestAgreementPartiesGrammar checks parties read from the agreement's
// phrase and sentence.
func TestAgreementPartiesGrammar(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agr string
		want            []string
		notWant         string
	}{
		{"signed with B: the sentence's subject and B", "H\nBelize sent troops under a bilateral agreement signed with Guatemala in May.", "bilateral agreement", []string{"Belize", "Guatemala"}, ""},
		{"reached with a capital: the article's other government", "H\nPeru deported 90 people on Monday. Flights run under a repatriation agreement reached with Caracas in June. Peru said more would follow.", "repatriation agreement", []string{"Peru", "Venezuela"}, ""},
		{"a regional bloc in a stated list", "H\nA letter of intent on ballistic tracing was signed by CARICOM and the United States on Friday.", "letter of intent on ballistic tracing", []string{"Caribbean Community", "United States"}, ""},
		{"between the two gangs: the two groups named most", "H\nThe Los Zetas gang and the Gulf Cartel fought for years. Los Zetas lost ground. Killings fell because of a truce pact between the two main gangs, the Gulf Cartel said.", "truce pact", []string{"Los Zetas", "Gulf Cartel"}, ""},
		{"a ceasefire with no group in its sentence: the armed group named most", "H\nColombia suspended talks with the ELN on Friday. The ELN attacked a base. The talks had produced a six-month ceasefire that expired in August.", "six-month ceasefire", []string{"Colombia", "National Liberation Army"}, "United States"},
		{"the two countries' treaty: the two governments named most", "H\nChile and Argentina met on Monday. Chile and Argentina signed a lithium accord. Officials said the two countries’ extradition treaty would be reviewed.", "extradition treaty", []string{"Argentina", "Chile"}, ""},
		{"a demonym qualifying goods is no party", "H\nOttawa wants Washington to cap tariffs on Brazilian beef under any trade and investment agreement.", "trade and investment agreement", []string{"Canada", "United States"}, "Brazil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkParties(t, c.text, ex.Extract(article(c.text)), c.agr, c.want, c.notWant)
		})
	}
}

// checkParties fails t unless the extraction of text has the agreement agr
// with every party in want and without notWant (when set).
func checkParties(t *testing.T, text string, x schema.Extraction, agr string, want []string, notWant string) {
	t.Helper()
	a, ok := agreementIn(t, text, x, agr)
	if !ok {
		return
	}
	for _, w := range want {
		if !containsString(a.Parties, w) {
			t.Errorf("Extract(%q) parties of %q = %v, want %s", text, a.Name, a.Parties, w)
		}
	}
	if notWant != "" && containsString(a.Parties, notWant) {
		t.Errorf("Extract(%q) parties of %q = %v, do not want %s", text, a.Name, a.Parties, notWant)
	}
}

// TestNamedAgreementGenericAlias checks that "the X trade pact" and a
// later "the trade agreement" are the named agreement.
func TestNamedAgreementGenericAlias(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nTariffs rose on goods not covered by the USMCA trade pact on Friday. Goods that comply with the trade agreement remain exempt."
	x := ex.Extract(article(text))
	if len(x.Agreements) != 1 {
		t.Errorf("Extract(%q) agreements = %+v, want one", text, x.Agreements)
	}
}

func containsString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// TestQualifiedMinistryAlias checks that "Kenya's foreign ministry" is
// also "foreign ministry", the name the text gives it there.
func TestQualifiedMinistryAlias(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nNairobi welcomed the vote. Kenya's foreign ministry said in a statement that it backed “a calmer and more lasting approach”."
	x := ex.Extract(article(text))
	if !hasEntity(x, "foreign ministry", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want agency alias %q", text, x.Entities, "foreign ministry")
	}
}

// TestGenericAgreementRefersToNamed checks that "the firearms protocol"
// after "the Kingston Protocol on Illicit Firearms" is that protocol.
func TestGenericAgreementRefersToNamed(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nLeaders signed the Kingston Protocol on Illicit Firearms on Friday. Critics said the firearms protocol lacked money."
	x := ex.Extract(article(text))
	if len(x.Agreements) != 1 || x.Agreements[0].Name != "Kingston Protocol on Illicit Firearms" {
		t.Errorf("Extract(%q) agreements = %+v, want only the named protocol", text, x.Agreements)
	}
}

// TestAgencyParties checks that a signing agency is a party as written,
// not its government.
func TestAgencyParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, party string }{
		{"an agency signs with a foreign agency", "H\nThe Colombian navy signed a maritime interdiction agreement with the US Coast Guard on Monday.", "maritime interdiction agreement", "U.S. Coast Guard"},
		{"a known leader's government signs", "H\nBukele's government signed a prison training agreement with Ecuador on Friday.", "prison training agreement", "El Salvador"},
		{"officials named after their country", "H\nThe border patrol agreement was signed in May by Chile's foreign minister, Ana Soto, and the then US homeland security secretary, Luis Vera.", "border patrol agreement", "United States"},
		{"a minister signs for her government", "H\nChile's Interior Minister Ana Soto signed a border patrol agreement with Peru on Monday.", "border patrol agreement", "Chile"},
		{"a deal with one party under a dateline", "H\nLIMA — Peru will double port inspections this year.\n\nColombia and Ecuador did so in May. Ecuador and Colombia are ahead.\n\nPart of the cost is covered by a port security deal with Washington signed in March.", "port security deal", "Peru"},
		{"members of a body act for it", "H\nHaitian police commanders negotiated a local truce agreement with the 400 Mawozo gang in May.", "local truce agreement", "Haitian National Police"},
		{"members of a body before a place phrase", "H\nHaitian police commanders in the Artibonite department negotiated a local truce agreement with the 400 Mawozo gang in May.", "local truce agreement", "Haitian National Police"},
		{"an official and his counterpart sign", "H\nChile's foreign minister and his Argentine counterpart signed a border security accord on Monday.", "border security accord", "Argentina"},
		{"the official's government signs", "H\nChile's foreign minister and his Argentine counterpart signed a border security accord on Monday.", "border security accord", "Chile"},
		{"a named counterpart", "H\nChilean President Ana Soto and her Argentine counterpart, Luis Vera, signed a border security accord on Monday.", "border security accord", "Argentina"},
		{"the agency on the subject side", "H\nThe Colombian navy signed a maritime interdiction agreement with the US Coast Guard on Monday.", "maritime interdiction agreement", "Colombian Navy"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, a := range x.Agreements {
				if a.Name != c.agreement {
					continue
				}
				for _, p := range a.Parties {
					if p == c.party {
						return
					}
				}
			}
			t.Errorf("Extract(%q) agreements = %+v, want %q with party %q", c.text, x.Agreements, c.agreement, c.party)
		})
	}
}

// TestFormalAgreementName checks that a formal name given in apposition is
// an alias of the agreement just named, not a second agreement.
func TestFormalAgreementName(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nGuatemala and Chile signed a Safe Ports Agreement on Monday. Formally a Maritime Screening Accord, it covers ships from Peru and Ecuador.",
		"H\nGuatemala and Chile signed a Safe Ports Agreement on Monday. The deal, officially known as the Maritime Screening Accord, covers ships from Peru.",
	} {
		x := ex.Extract(article(text))
		if len(x.Agreements) != 1 || x.Agreements[0].Name != "Safe Ports Agreement" {
			t.Errorf("Extract(%q) agreements = %+v, want only Safe Ports Agreement", text, x.Agreements)
		}
		for _, e := range x.Entities {
			if e.Name == "Safe Ports Agreement" && (len(e.Aliases) != 1 || e.Aliases[0] != "Maritime Screening Accord") {
				t.Errorf("Extract(%q) aliases = %v, want Maritime Screening Accord", text, e.Aliases)
			}
		}
	}
}
