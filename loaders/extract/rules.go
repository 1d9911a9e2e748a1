package extract

import "strings"

// Rule is one rule of the extractor as Explain names it.
type Rule struct {
	Name string // "role/apposition"; a name ending in ":" is a family: a table entry follows
	Doc  string // what the rule reads, with an example of invented copy
}

// rules lists every rule Explain can name, by field: the one place to look
// for what the extractor knows how to read. TestRulesRegistered keeps it
// complete: a rule named in the code and not here fails it.
var rules = []Rule{
	{"published/metadata", "the date the article's metadata gives (a feed's, a page's, a JSON Lines \"published\")"},
	{"published/witness-clause", "the day a proclamation's witness clause gives (\"set my hand this seventh day of March, in the year of our Lord …\")"},
	{"published/head-date", "the first full date in the article's head: a date line under the headline, a dateline"},
	{"published/signoff", "with no date in the head, a closing line that opens with a date: \"La Paz, 9 March 2025.\", \"THE WHITE HOUSE, March 7, 2026.\""},

	{"entity/gazetteer", "a name the gazetteer (data/gazetteer/*.tsv) lists; the entry is given"},
	{"entity/org-name", "capitalised words ending in an organisation word: \"the Andean Security Council\""},
	{"entity/org-apposition", "a name an apposition calls an organisation: \"Foro Verde, a human rights group\""},
	{"entity/group-name", "a criminal group the gazetteer does not know: \"the Costa Verde gang\", \"Clan Ruiz\""},
	{"entity/noun-named", "an organisation introduced by what it is: \"the consultancy Andes Risk\""},
	{"entity/generic-agency", "a part of a government named generically: \"the Peruvian navy\", \"Chile's interior ministry\""},
	{"entity/agreement-subject", "an agreement named by what it is about: \"a border security accord\""},
	{"entity/agreement-proper-name", "an agreement named by a proper name before a lower-case head: \"a Regional Maritime Awareness Exchange agreement\""},
	{"entity/headline-framework", "a framework a title-case headline names, from the pair of states that opens it to its head: \"Remarks to the U.S.-Peru Security Dialogue Follow-On Meeting\""},
	{"entity/committed-undertaking", "an undertaking parties commit to launch or own together: \"they committed to launch a strategic dialogue\", \"the two countries' initiative for Haitians\""},
	{"entity/plural-bodies", "one of several bodies written with a plural head: \"the Ministries of Defence and Interior\""},
	{"entity/government-phrase", "a government named through what it is: \"the Chilean government\", \"the government of Peru\""},
	{"entity/person", "a person's name found by the name patterns with no one stronger cue"},
	{"entity/person:title-before", "a name after a title: \"Minister Rosa Quispe\""},
	{"entity/person:given-name", "a name starting with a known given name (data/gazetteer/given-names.tsv)"},
	{"entity/person:kin-or-agent", "a name apposed to a relative or an agent noun, or after a false title: \"his wife, Ana Ruiz,\", \"drug trafficker Ana Ruiz\""},
	{"entity/person:named", "a name after \"a man named\", \"a woman identified as\""},
	{"entity/person:speech-verb", "a name next to a reporting verb: \"Quispe said\""},
	{"entity/person:title-apposition", "a name before \", [the] TITLE\" or \", of the\""},
	{"entity/person:gazetteer", "a name data/gazetteer/people.tsv lists"},
	{"entity/person:between-titles", "a name between commas after a title: \"the director, Tomas Herrera,\""},
	{"entity/person:person-apposition", "a name before \", a customs broker,\""},
	{"entity/demonym", "a government named only by its adjective: \"the Peruvian minister\""},
	{"entity/government-of-agency", "the government a named agency belongs to: \"the Honduran police\""},
	{"entity/dash-unit", "an agency, a dash and a unit's name ending in a unit head: its unit, \"Tax Service – Criminal Investigations\""},
	{"entity/field-office", "an agency the gazetteer knows followed by a place: its office there, \"ERO Tarrin Falls\""},
	{"entity/implied", "an entity a rule made for an office's or a relation's body, with no mention of its own"},

	{"agreement/", "an agreement: the entity rule of its first mention (\"agreement/gazetteer\", \"agreement/agreement-subject\")"},
	{"agreement-party/gazetteer", "a party the gazetteer lists for the agreement, named in the article"},
	{"agreement-party/name-pair", "the two states the agreement's name joins: \"the Peru-Chile Border Accord\""},
	{"agreement-party/between", "\"the accord between A and B\" (\", between A and B,\"): the bodies named, or \"the two countries\""},
	{"agreement-party/two-sides-possessor", "\"the two countries' extradition treaty\""},
	{"agreement-party/two-sides-signed", "\"a transfer agreement the two countries signed in 2007\""},
	{"agreement-party/relative-clause", "\"the accord that A and B signed\""},
	{"agreement-party/signed-by", "\", signed in March by A, B and C\", \"signed by the 15 member states\""},
	{"agreement-party/subject-signed", "the subject of a sign verb before the agreement: \"Peru and Chile signed the X\", \"the two governments signed …\""},
	{"agreement-party/back-reference", "parties stated with a back-reference: \"… signed the accord on Monday\""},
	{"agreement-party/other-side", "the other side guessed for \"a deal with B\""},
	{"agreement-party/same-sentence", "a government named in a sentence of the agreement, when none is stated"},
	{"agreement-party/sentence-before", "a government named in the sentence before: \"The two countries also signed …\""},
	{"agreement-party/sentence-after", "a government named in the sentence after"},
	{"agreement-party/leader-in-sentence", "the government of a leader named in the agreement's sentence"},
	{"agreement-party/both-sides-subject", "the two governments the article names most, when both are the subject of a sentence of the agreement: \"Both governments agreed to …, including through the X initiative\""},
	{"agreement-party/agency-country", "the government of an agency named in the agreement's sentence"},
	{"agreement-party/office-holder", "the government of an office holder: \"President X's government moved to end the treaty\""},
	{"agreement-party/armed-group-before", "for a peace agreement, the armed group named before it in its sentence"},
	{"agreement-party/truce-between", "for a peace agreement, the groups of \"the truce between A and B\""},
	{"agreement-party/armed-group-most-named", "for a peace agreement, the armed group the article names most"},
	{"agreement-party/government-most-named", "for a peace agreement with no government, the government the article names most"},
	{"agreement-party/governments-most-named", "the two governments the article names most, when nothing else gives a party"},

	{"entity/cartel-body", "a name whose apposition makes it a body of a criminal group: \"the Consejo Mayor, which is the gang's ruling body\""},
	{"entity/person:caps-signer", "a name in capitals where documents put a signer: \"I, ANA M. RUIZ, President of …\", a signature line"},
	{"entity/person:caps-prose", "a name in capitals, a given name first, inside a sentence in lower case: \"announced that ANA RUIZ-PAZ and …\""},
	{"entity/person:listed", "a name joined by a comma or \"and\" to a person's in a list: \"A, B, and Ana Ruiz\""},
	{"entity/person:shared-surname", "a given name alone before \"and\" and a person's full name shares that surname: \"Pedro and Tomás Vidal Ruiz\""},
	{"entity/person:nickname", "a quoted nickname, alone or before a surname: \"“El Mayo” Zambada\", \"the son of “El Chapo”\""},
	{"entity/person:nickname-use", "a bare use of the quoted nickname a person was given where first named: \"X, known as “El Tigre,” … El Tigre ran\""},
	{"role/known-office-in-quote", "a person the gazetteer knows, after the title of their office, inside a quotation: \"As President X has said\""},
	{"role/title-before-name", "titles and bodies before the name: \"Peruvian Interior Minister Rosa Quispe\""},
	{"role/title-before-comma", "one title before a comma and the name: \"Mexico's foreign minister, Elena Ortiz\""},
	{"role/body-title-before-comma", "a title of a body before a comma: \"The director of the national police, X,\""},
	{"role/its-title-before-comma", "\"Its leader, former police officer X,\": the body \"its\" stands for"},
	{"role/minister-of", "\"The Minister of Government, X,\": the ministry the text names"},
	{"role/of-body", "\"X of Radio Andina\": a member of the body after \"of\""},
	{"role/apposition", "a title after the name and a comma: \"Tomas Herrera, director of the Chilean National Police\""},
	{"role/group-head", "an apposition naming heads or members of a group: \"X and Y, two of the leaders of the Gulf Cartel\""},
	{"role/plural-title", "a plural title before a list of names gives each the post: \"Senior Directors A and B\", \"Senior Directors on the X A and B\""},
	{"role/back-description", "\"The [reputed] TITLE of BODY\" opening a sentence that names no person, as its subject, right after a sentence naming one person: \"Troops held X. The reputed leader of the Y gang was …\""},
	{"role/title-body-name", "a list item written \"TITLE, BODY, NAME\" after \";\" or \":\" (\"…; Assistant Secretary of State for A, U.S. Department of State, X; and …\"): X holds the title at the body"},
	{"role/served-holder", "the person apposed after a post that serves another office holder: \"The spokesman for President X, Y, said\" (Y, in X's government)"},
	{"role/list-possessor", "a body's possessive before a list of titled names gives each the post at the body: \"the X's Director A, Deputy Director B, and Counselor C\""},
	{"role/apposition-in-quote", "an apposition after a name inside a quotation that names the post's body: \"“X, the former head of the Y cartel, arrived …”\""},
	{"role/delayed-lede", "an unnamed \"The commander of X\" opening a sentence, then a name with only a rank before it: \"The commander of X visited Y. … Gen. Z met …\""},
	{"role/list-intro", "a line ending with a colon gives the people listed under it its post: \"…, who are leaders of the X:\" then \"- A\""},
	{"role/header-block", "a page's header block: a name alone on a line with a title line under it (\"Ana Ruiz / Secretary of State / Washington, DC\")"},
	{"role/led-delegation", "a title naming no body before a name that led a state's delegation: \"Deputy Assistant Secretary for X Y led the U.S. delegation\""},
	{"role/readout-spokesperson", "the spokesperson a readout is attributable to speaks for the masthead's body or the reported official's government (\"The following is attributable to Spokesperson X:\")"},
	{"role/turn-label", "a transcript turn naming a known office holder by title and surname: \"SECRETARY QUAYLE:\" (the gazetteer's office)"},
	{"role/district-attorney", "a U.S. Attorney's judicial district: \"U.S. Attorney Ana Ruiz for the Western District of X\""},
	{"role/byline", "a byline and its outlet, or a questioner's self-introduction: \"By Ana Ruiz\" over \"Andean Press Service\", \"This is Ana Ruiz from Radio Sur\""},
	{"role/copula", "\"X was deputy chief of mission at the embassy\""},
	{"role/rank-of-apposed-body", "a bare rank before the name given the body an apposition names: \"Gen. X, director of the Y\""},
	{"role/pronoun-copula", "\"She is a senior fellow at the X\": a title after a pronoun and a copula"},
	{"role/pronoun-work-clause", "\"She teaches law at the X\": a work clause whose subject is a pronoun"},
	{"role/led-by", "\"the gang, led by X\", \"a group founded by X\" (ledByVerbs)"},
	{"role/work-clause", "\"X now leads research at the Y\", \"X spent 22 years with the Y\" (workVerbs)"},
	{"role/headed", "\"he headed the Y\", \"X leads the Y\" (headVerbs)"},
	{"role/title-phrase", "a title phrase around the name where no other pattern found a post (titlephrase.go): one of"},
	{"role/title-phrase-after", "\"NAME, TITLE-PHRASE\", \"NAME, 38, a spokeswoman for …\", \"NAME, who heads the X\" (whoHeadVerbs)"},
	{"role/body-after-description", "\"NAME of the Lima firm ORG\": a body after a short description"},
	{"role/title-phrase-before", "\"TITLE-PHRASE, [rank] NAME\": \"The head of the X agency, the ACR, Col. NAME\""},
	{"role/party", "a party affiliation in prose after the name: \"X, a member of Congress for the Liberal Party\""},
	{"role/possessed-org", "\"his firm, ORG\", \"her organisation, ORG,\": the person the possessive stands for works for it"},

	{"statement/said-after", "an attribution after the quotation: \"“…,” Quispe said.\""},
	{"statement/said-before", "an attribution before it in its sentence: \"Quispe said that “…”\""},
	{"statement/fronted-participle", "a sentence opening with a participle of speech, its subject after the quotation: \"Declaring a “…,” Quispe thanked …\""},
	{"statement/layout-colon", "a paragraph naming the speaker and ending in a colon, then the quotation"},
	{"statement/layout-heading", "a line or heading naming a person, then quotation paragraphs or items"},
	{"statement/layout-intro-paragraph", "quotation items under an intro paragraph: the person it names most"},
	{"statement/transcript-turn", "a transcript turn: \"SECRETARY QUISPE: “…”\""},
	{"statement/previous-subject", "the person opening the sentence just before, in the same paragraph"},
	{"statement/previous-subject-pronoun", "a he/she opening the sentence just before, resolved"},
	{"statement/possessed-speech", "\"the minister's words – “…” –\": whose words the sentence says they are"},
	{"statement/headline-credit", "a headline quotation credited after a colon or dash: \"“…”: Peru's minister\""},
	{"statement/epigraph-credit", "a paragraph that is only a quotation, credited by the dash line under it: \"“…”\" then \"– President X\""},
	{"statement/shared-speaker", "a quotation with no frame of its own before another in its sentence whose speaker is named between them: \"a “…” that X called “…”\""},
	{"statement/introduced-before", "a quotation paragraph after a paragraph that introduces its speaker"},
	{"statement/continues-quote", "a continuation of the previous quotation, with no other person between"},
	{"statement/runs-on", "a quotation running on into the next paragraph, said by whoever says that one"},

	{"relation/verb:", "a verb phrase of relationLexicon, named after the colon: \"relation/verb:designate\""},
	{"relation/noun:", "a noun of relationLexicon, named after the colon: \"relation/noun:arrest\""},
	{"relation/role", "a tie a stated role gives: the head of a group leads it, a member is memberOf"},
	{"relation/agreement-partners", "\"secured a deal with X\": the parties of an agreement concluded with a partner"},
	{"relation/joint-act", "cooperation written as a compound (\"Peru-Chile Security Cooperation\") or a joint text's authors"},
	{"relation/partner-of", "\"A is a strong partner of B\": a standing cooperation of bodies or states"},
	{"relation/accompaniment", "\"A, in coordination with B, …\": A cooperates with B"},
	{"relation/joined-meeting", "\"A joined B in a meeting with C\", \"A took part in talks with C\": A (and B) met C"},
	{"relation/action-partners", "\"The action was taken in coordination with B\", \"Today's action is the culmination of a coordinated investigation by B and C\": the actor of the article's act cooperates with each"},
	{"relation/aid-delivery", "aid delivered to a recipient: \"Canada will continue to provide assistance … to the police\""},
	{"relation/quoted-accusation", "an accusation cue said of an actor in a speaker's quotation: \"“Judge X is endangering our towns”\""},
	{"relation/condemned-possessor", "\"A condemned all forms of aggression, including X's invasion of Y\", \"A condemned X for …\": A accused X"},
	{"relation/agreement-cooperation", "the parties of a bilateral or trilateral agreement cooperate: \"the United States and Panama signed a memorandum\""},
	{"relation/agreement-signing", "the stated parties of an agreement a sentence says was signed signed it: \"a pact between A and B signed in 2023\""},
	{"relation/custody", "\"X and Y are in U.S. custody\", \"X is in the custody of Z\": the holder arrested them"},
	{"relation/custody-handover", "\"A transferred X to the custody of B\", \"A handed X over to B\": two state bodies cooperate"},
	{"relation/vowed-harm", "\"X vowed to destroy Y\", \"X, who has vowed to crush the cartel\": X threatened Y"},
	{"relation/agreement-join", "\"X joined the Y Accords\", \"X acceded to the Y Convention\": X signed Y"},
	{"relation/faced-charges", "\"X, a fugitive facing charges in the United States\", \"extradited X to face charges\": that government charged X"},
	{"relation/extradition-charges", "\"the extradition of X to Y on drug charges\", \"X was extradited to Y on charges\": Y charged X"},
	{"relation/wanted-charges", "\"X is wanted in Y for murder\", \"X had an outstanding arrest warrant in Y\", \"X was the subject of an arrest warrant issued by Y's authorities\": Y charged X"},
	{"relation/handover-charges", "\"A handed X over to U.S. authorities … to face charges\", \"turned him over to officials from Y's police to face charges\": the receiver's state charged X"},
	{"relation/law-funding", "\"the legislature passed a bill that funds X\", \"signed into law a budget with $40 million for X\": support of agreement X"},
	{"relation/bilateral-partnership", "two leaders' remarks that speak of \"our partnership\", \"working together\": their governments cooperate"},
	{"relation/summit-attendees", "the people a sentence opened by a summit phrase lists as its subject met each other: \"At the Leaders' Summit, President A and President B instructed …\""},
	{"relation/list-act", "an act whose objects are listed under the line introducing them: \"X designated the following two individuals:\" and the items under it; a passive line takes the actor of the last such line"},
	{"relation/told-legislature", "\"X told the Senate Armed Services Committee …\": X testified before the committee (not a member addressing a whole chamber)"},
	{"relation/partner-meeting", "officials of two governments who met and speak of cooperation or partnership there: their governments cooperate"},
	{"relation/head-apposition", "\"X and Y, the leaders of Z\": who leads a group, from an apposition"},
	{"relation/lead-member", "\"ICE removed a documented member of MS-13 … X, 35, was removed\": the first person without an office named after a lead's unnamed member is that member"},
	{"relation/lead-title-holder", "\"The commander of X visited Y. … Gen. Z held meetings\": the person the next sentence names holds a lead's unnamed office and leads X"},
	{"relation/co-signers", "\"the pact was signed in Quito by A and Ecuador's minister, B\": officials of two governments who sign it together meet"},
	{"relation/named-group-head", "\"the Z cartel founder, X\", \"an MS-13 gang leader, X\": the person after a group's head (or member) noun"},
	{"relation/wing-apposition", "\"X, the head of security for the Y wing of the Z Cartel\": a member of the group a part of which the apposition names"},
	{"relation/member-apposition", "\"X, a Venezuelan national and confirmed Z gang member\": a member (or leader) a longer apposition names"},
}

// Rules returns every rule Explain can name, in the order of rules.go.
func Rules() []Rule {
	return append([]Rule(nil), rules...)
}

// ruleKnown reports whether name is a rule of rules (or of a family).
func ruleKnown(name string) bool {
	for _, r := range rules {
		if r.Name == name || strings.HasSuffix(r.Name, ":") && strings.HasPrefix(name, r.Name) && len(name) > len(r.Name) ||
			r.Name == "agreement/" && strings.HasPrefix(name, "agreement/") && ruleKnown("entity/"+name[len("agreement/"):]) {
			return true
		}
	}
	return false
}
