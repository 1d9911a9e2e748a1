package extract

// Word lists of the patterns: general English and newsroom usage, not
// names from any article.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopCaps are capitalised words that start sentences or headlines but are
// never part of a name.
var stopCaps = set("the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "if", "as", "it", "its",
	"this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
	"my", "your", "after", "before", "while", "when", "where", "what", "who", "why", "how", "since", "until",
	"although", "though", "however", "meanwhile", "also", "still", "yet", "so", "then", "there", "here",
	"like", "unlike", "according", "despite", "during", "under", "over", "with", "without", "from", "to",
	"by", "of", "among", "between", "through", "past", "last", "next", "both", "each", "every", "all",
	"some", "many", "most", "more", "no", "not", "such", "other", "another", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "forty", "fifty", "twenty", "thirty", "hundreds",
	"thousands", "top", "today", "yesterday", "tomorrow", "now", "later", "earlier", "previously",
	"instead", "even", "only", "just", "nearly", "about", "around", "including", "ms", "mr", "mrs",
	"dr", "speaking", "asked", "said", "says", "can", "could", "will", "would", "should", "may", "might",
	"must", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "yes",
	"q", "question", "answer", "thank", "thanks", "well", "okay", "ok", "editor", "note", "part", "read",
	"more", "photo", "video", "update", "updated", "breaking", "exclusive", "analysis", "opinion",
	"national", "federal", "state", "government", "officials", "security", "police", "military",
	"operation", "report", "reports", "new", "old", "first", "second", "third", "senior", "former",
	"joint", "regional", "global", "international", "foreign", "western", "eastern", "northern",
	"southern", "central", "south", "north", "east", "west", "mexican", "american", "colombian",
	"transnational", "multinational", "illicit", "drug", "drugs", "cartel", "cartels", "gang", "gangs",
	"stemming", "working", "during", "within", "across", "toward", "towards", "upon", "via", "per",
	"because", "whether", "unless", "once", "let", "let's", "please", "dear", "sir", "madam",
)

// particles may sit inside a person's name ("Luis de la Fuente").
var particles = set("de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "den",
	"y", "bin", "al", "di", "du", "le", "st.")

// titleHeads are words that name an office or rank.
var titleHeads = set("president", "vice-president", "president-elect", "minister", "secretary",
	"undersecretary", "administrator", "director", "commissioner", "chief", "commander", "commandant",
	"general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.",
	"captain", "capt.", "sergeant", "sgt.", "agent", "ambassador", "envoy", "spokesman", "spokeswoman",
	"spokesperson", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
	"governor", "gov.", "mayor", "prosecutor", "judge", "justice", "chairman", "chairwoman", "chair",
	"head", "leader", "czar", "tsar", "adviser", "advisor", "coordinator", "officer", "official",
	"analyst", "researcher", "expert", "professor", "prof.", "fellow", "pope", "king", "queen",
	"cmdr.", "commissioner", "superintendent", "inspector", "detective", "attorney", "lawmaker",
	"legislator", "deputy", "counselor", "consul", "attaché", "attache", "marshal", "chancellor",
	"premier", "boss", "kingpin", "founder", "co-founder", "investigator",
	"economist", "scholar", "specialist", "consultant", "negotiator", "delegate", "sheriff", "member",
	"charge", "reporter", "correspondent", "teacher", "lecturer", "director-general", "secretary-general",
	"diplomat", "lawyer", "activist", "journalist", "anthropologist", "sociologist", "criminologist",
	"historian", "scientist", "academic", "author", "editor", "columnist", "producer", "pastor", "priest",
	"bishop", "archbishop", "cardinal", "nurse", "doctor", "physician", "farmer", "owner", "director",
	"counterpart",
	// more offices, professions and places in an organisation (heads of a
	// title phrase; nouns that also name bodies or relatives stay out)
	"magistrate", "ombudsman", "comptroller", "treasurer", "registrar", "auditor", "constable", "warden",
	"under-secretary", "vice-minister", "viceminister", "emissary", "alderman", "councillor", "councilor",
	"councilman", "councilwoman", "brigadier", "corporal", "trooper", "mediator", "arbitrator", "rapporteur",
	"commentator", "pollster", "strategist", "lobbyist", "campaigner", "organizer", "organiser", "volunteer",
	"worker", "staffer", "aide", "clerk", "manager", "executive", "ceo", "chairperson", "co-chair", "vice-chair",
	"vice-chairman", "trustee", "dean", "rector", "provost", "instructor", "trainer", "anchor", "presenter",
	"host", "editor-in-chief", "publisher", "writer", "photographer", "solicitor", "barrister", "counsel",
	"defender", "notary", "coroner", "pathologist", "epidemiologist", "toxicologist", "chemist", "psychologist",
	"psychiatrist", "demographer", "geographer", "ethnographer", "nun", "imam", "rabbi",
	"missionary", "chaplain", "warlord", "capo", "ringleader", "accountant", "financier", "operative",
	"enforcer", "hitman", "sicario", "recruiter", "operator", "bookkeeper", "auditor-general", "controller",
	"intendant", "prefect", "commissar", "inspector-general", "attorney-general", "solicitor-general",
	// Spanish and Portuguese titles that English copy keeps
	"ministro", "ministra", "presidente", "presidenta", "gobernador", "gobernadora", "alcalde",
	"alcaldesa", "comisionado", "comisionada", "directora", "jefe", "jefa", "secretario",
	"procurador", "procuradora", "senador", "senadora", "juez", "jueza", "magistrado", "magistrada", "coronel",
	"capitán", "comandante", "vocero", "vocera", "portavoz", "delegado", "delegada", "prefeito", "delegado-geral")

// titleMods precede a title head ("deputy assistant secretary").
var titleMods = set("ranking", "former", "ex", "deputy", "assistant", "vice", "acting", "interim", "senior", "chief",
	"special", "executive", "principal", "associate", "top", "lead", "then", "outgoing",
	"incoming", "newly", "elected", "new", "current", "sitting", "late", "defense", "defence", "foreign", "interior", "security", "public",
	"finance", "justice", "trade", "state", "homeland", "health", "economy", "treasury", "war", "national",
	"drug", "counternarcotics", "counter-narcotics", "border", "press", "communications", "intelligence",
	"police", "prime", "attorney", "surgeon", "brig.", "lt.", "maj.", "rear", "first", "second",
	"permanent", "regional", "federal", "supreme", "military", "naval", "army", "navy", "general",
	"program", "research", "program", "country", "staff", "managing", "legal", "policy", "political",
	"economic", "agriculture", "commerce", "energy", "environment", "education", "labor", "labour",
	"transport", "immigration", "migration", "customs", "anti-drug", "antidrug", "presidential",
	"white", "house", "u.s.", "us", "un", "u.n.", "field", "division", "unit", "station", "bureau",
	"department", "desk", "team", "task", "force", "mission", "operations", "agent", "patrol",
)

// honorifics mark a person without naming an office.
var honorifics = map[string]byte{"mr.": 'm', "mr": 'm', "mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f',
	"dr.": 0, "dr": 0, "sir": 'm', "dame": 'f', "senor": 'm', "senora": 'f', "hon.": 0, "hon": 0,
	"honourable": 0, "honorable": 0, "rt.": 0}

// militaryRanks belong to an armed force.
var militaryRanks = set("general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.",
	"major", "maj.", "captain", "capt.", "sergeant", "sgt.", "commander", "cmdr.", "brig.", "marshal")

// stateTitles belong to a government when no organisation is named.
var stateTitles = set("president", "vice-president", "president-elect", "minister", "prime", "premier",
	"ambassador", "chancellor", "secretary", "attorney", "king", "queen", "diplomat")

// speechVerbs report speech.
var speechVerbs = set("said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated",
	"states", "noted", "notes", "argued", "argues", "arguing", "warned", "warns", "warning", "insisted",
	"insists", "explained", "explains", "asked", "asks", "replied", "replies", "responded", "responds",
	"wrote", "writes", "declared", "declares", "announced", "announces", "reiterated", "reiterates",
	"vowed", "vows", "vowing", "described", "describes", "welcomed", "welcomes", "acknowledged",
	"acknowledges", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises",
	"claimed", "claims", "urged", "urges", "pledged", "pledges", "promised", "promises", "affirmed",
	"affirms", "confirmed", "confirms", "cautioned", "cautions", "predicted", "predicts", "testified",
	"testifies", "commented", "comments", "observed", "observes", "remarked", "remarks", "concluded",
	"recalled", "recalls", "suggested", "suggests", "admitted", "admits", "conceded", "concedes",
	"boasted", "complained", "complains", "denied", "denies", "dismissed", "called", "calls", "calling",
	"labeled", "labelled", "branded", "statement", "tweeted", "posted", "wrote", "continued", "continues",
	"agreed", "agrees", "countered", "counters", "maintained", "maintains", "contended", "contends",
	"assured", "assures", "announced", "declared", "answered", "answers", "adding", "noting",
	"explaining", "telling", "stating", "describing", "insisting", "asserted", "asserts", "shouted",
	"proclaimed", "thundered", "quipped", "mused", "joked", "lamented", "conceded", "threatened",
	"threatens", "demanded", "demands", "pointed", "highlighted", "highlights", "underlined",
	"underscored", "underscores", "reported", "reports", "according", "wrote", "read", "reads")

// reportVerbsAfter are the verbs that follow a quotation's speaker ("…,"
// she said) or precede it ("…," said the minister).
var reportVerbsAfter = set("said", "says", "say", "told", "tells", "added", "adds", "stated", "states",
	"noted", "notes", "argued", "argues", "warned", "warns", "insisted", "insists", "explained",
	"explains", "asked", "asks", "replied", "replies", "responded", "responds", "wrote", "writes",
	"declared", "declares", "announced", "announces", "continued", "continues", "recalled", "recalls",
	"stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "acknowledged",
	"acknowledges", "claimed", "claims", "cautioned", "cautions", "observed", "observes", "remarked",
	"commented", "suggested", "suggests", "admitted", "admits", "conceded", "concedes", "testified",
	"testifies", "tweeted", "posted", "agreed", "agrees", "countered", "counters", "maintained",
	"maintains", "contended", "contends", "assured", "answered", "answers", "shouted", "quipped",
	"concluded", "concludes", "predicted", "predicts", "urged", "urges", "vowed", "vows", "pledged",
	"affirmed", "insisted", "lamented", "joked", "mused", "asserted", "asserts", "reiterated",
	"reiterates", "confirmed", "confirms", "denied", "denies", "promised", "promises", "thundered")

// roleNouns are lower-case nouns that refer back to a person by office
// ("the secretary said").
var roleNouns = set("president", "secretary", "minister", "chairman", "chairwoman", "chair", "general",
	"admiral", "ambassador", "director", "administrator", "commander", "spokesman", "spokeswoman",
	"spokesperson", "senator", "governor", "mayor", "prosecutor", "judge", "official", "agent", "envoy",
	"chief", "colonel", "captain", "commissioner", "congressman", "congresswoman", "lawmaker", "leader",
	"diplomat", "officer", "analyst", "expert", "researcher", "professor", "attorney", "representative",
	"founder", "co-founder", "host", "inspector", "superintendent", "coordinator", "adviser", "advisor",
	"lawyer", "economist", "activist", "journalist", "priest", "pastor", "nurse", "doctor", "negotiator",
	"investigator", "undersecretary", "consul", "sheriff", "detective", "commandant", "admiral")

// orgHeads end an organisation's name and give its type.
var agencyHeads = set("department", "ministry", "secretariat", "agency", "administration", "bureau",
	"command", "committee", "subcommittee", "office", "service", "police", "guard", "unit",
	"directorate", "army", "navy", "corps", "court", "senate", "congress", "assembly", "parliament",
	"embassy", "consulate", "prosecutor's", "division", "brigade", "battalion", "squadron", "fleet",
	"gendarmerie", "prosecutor", "legislature", "cabinet", "treasury", "intelligence", "sector",
	"superintendency", "inspectorate")

var orgHeads = set("institute", "institution", "foundation", "center", "centre", "university", "bank",
	"fund", "association", "network", "watch", "times", "post", "journal", "herald", "tribune", "news",
	"press", "company", "corporation", "corp.", "inc.", "group", "party", "organization", "organisation",
	"alliance", "coalition", "union", "federation", "society", "council", "commission", "program",
	"programme", "project", "observatory", "club", "forum", "college", "school", "agency's", "ngo",
	"foundation's", "monitor", "daily", "magazine", "television", "radio", "channel", "dialogue",
	"initiative's", "faculty", "academy", "co.", "ltd.", "llc", "plc", "inc", "limited", "gmbh", "ltda.", "s.a.",
	"wire", "gazette", "chronicle", "courier", "telegraph", "observer", "mirror", "sentinel", "examiner",
	"confederation", "movement")

var cartelHeads = set("cartel", "gang", "clan", "front", "mafia", "syndicate", "militia", "guerrillas", "posse", "crew",
	"guerrilla", "mara", "organization's")

var agreementHeads = set("initiative", "agreement", "treaty", "accord", "accords", "pact",
	"convention", "protocol", "framework", "compact", "memorandum", "deal", "plan")

// lowerAgreementHeads end an agreement named in lower case ("tariff deal").
var lowerAgreementHeads = set("initiative", "agreement", "treaty", "accord", "accords", "pact", "compact",
	"memorandum", "deal", "truce", "ceasefire", "cease-fire", "armistice", "framework", "arrangement", "convention",
	"protocol", "declaration", "plan")

// agreementMods name what an agreement is about ("security agreement").
var agreementMods = set("security", "trade", "free", "tariff", "tariffs", "extradition", "regional",
	"cooperation", "peace", "ceasefire", "cease-fire", "migration", "asylum", "safe", "third", "country",
	"defense", "defence", "military", "drug", "counternarcotics", "counter-narcotics", "antidrug",
	"anti-drug", "intelligence", "sharing", "intelligence-sharing", "investment", "economic", "border",
	"mutual", "legal", "assistance", "transit", "shiprider", "water", "energy", "nuclear", "arms",
	"information", "customs", "maritime", "interdiction", "deportation", "repatriation", "readmission",
	"tax", "minerals", "fisheries", "aviation", "partnership", "strategic", "immigration", "commercial",
	"investment", "counterdrug", "counter-drug", "enforcement", "law", "status", "forces", "basing",
	"base", "bilateral", "framework", "action", "joint", "gang", "humanitarian", "bilateral", "debt",
	"prisoner", "prisoner-exchange", "exchange", "swap", "plea", "cooperation-agreement", "investigation",
	"team", "operational", "working", "police", "judicial", "money-laundering", "precursor", "container",
	"port", "ports", "firearms", "arms-trafficking", "anti-gang", "anti-narcotics", "counterterrorism")

// agreementAdjs may precede an agreement's name without being part of it.
var agreementAdjs = set("new", "comprehensive", "proposed", "historic", "landmark", "possible",
	"potential", "broader", "wider", "formal", "final", "preliminary", "tentative", "so-called", "existing",
	"current", "previous", "major", "sweeping", "long-awaited", "controversial", "planned", "first",
	"a", "an", "the", "this", "that", "its", "their", "his", "her", "our")

// agencyKinds are generic phrases for parts of a government.
var agencyKinds = []struct {
	words []string
	kind  string
	core  string // canonical wording
	qual  bool   // needs a country before it ("Mexican army")
}{
	{[]string{"foreign", "ministry"}, "foreignministry", "foreign ministry", false},
	{[]string{"ministry", "of", "foreign", "affairs"}, "foreignministry", "foreign ministry", false},
	{[]string{"foreign", "affairs", "ministry"}, "foreignministry", "foreign ministry", false},
	{[]string{"defense", "ministry"}, "defenseministry", "defense ministry", false},
	{[]string{"defence", "ministry"}, "defenseministry", "defense ministry", false},
	{[]string{"ministry", "of", "defense"}, "defenseministry", "defense ministry", false},
	{[]string{"ministry", "of", "defence"}, "defenseministry", "defense ministry", false},
	{[]string{"interior", "ministry"}, "interiorministry", "interior ministry", false},
	{[]string{"ministry", "of", "the", "interior"}, "interiorministry", "interior ministry", false},
	{[]string{"ministry", "of", "interior"}, "interiorministry", "interior ministry", false},
	{[]string{"security", "ministry"}, "securityministry", "security ministry", false},
	{[]string{"public", "security", "ministry"}, "securityministry", "security ministry", false},
	{[]string{"ministry", "of", "security"}, "securityministry", "security ministry", false},
	{[]string{"ministry", "of", "public", "security"}, "securityministry", "security ministry", false},
	{[]string{"justice", "ministry"}, "justiceministry", "justice ministry", false},
	{[]string{"ministry", "of", "justice"}, "justiceministry", "justice ministry", false},
	{[]string{"finance", "ministry"}, "financeministry", "finance ministry", false},
	{[]string{"ministry", "of", "finance"}, "financeministry", "finance ministry", false},
	{[]string{"economy", "ministry"}, "economyministry", "economy ministry", false},
	{[]string{"trade", "ministry"}, "tradeministry", "trade ministry", false},
	{[]string{"attorney", "general", "'s", "office"}, "attorneygeneral", "attorney general's office", true},
	{[]string{"prosecutor", "'s", "office"}, "attorneygeneral", "attorney general's office", true},
	{[]string{"military", "forces"}, "military", "military", true},
	{[]string{"armed", "forces"}, "military", "military", true},
	{[]string{"security", "forces"}, "military", "military", true},
	{[]string{"military"}, "military", "military", true},
	{[]string{"forces"}, "military", "military", true},
	{[]string{"troops"}, "military", "military", true},
	{[]string{"soldiers"}, "military", "military", true},
	{[]string{"army"}, "army", "army", true},
	{[]string{"navy"}, "navy", "navy", true},
	{[]string{"marines"}, "marines", "marines", true},
	{[]string{"air", "force"}, "airforce", "air force", true},
	{[]string{"coast", "guard"}, "coastguard", "coast guard", true},
	{[]string{"national", "guard"}, "nationalguard", "national guard", true},
	{[]string{"national", "police"}, "police", "national police", true},
	{[]string{"police"}, "police", "police", true},
	{[]string{"federal", "police"}, "police", "federal police", true},
	{[]string{"embassy"}, "embassy", "embassy", true},
	{[]string{"consulate"}, "consulate", "consulate", true},
	{[]string{"congress"}, "legislature", "congress", true},
	{[]string{"senate"}, "senate", "senate", true},
	{[]string{"legislature"}, "legislature", "congress", true},
	{[]string{"parliament"}, "legislature", "congress", true},
	{[]string{"national", "assembly"}, "legislature", "congress", true},
	{[]string{"supreme", "court"}, "supremecourt", "supreme court", true},
	{[]string{"foreign", "ministry"}, "foreignministry", "foreign ministry", true},
	{[]string{"anti", "-", "drug", "agency"}, "drugagency", "anti-drug agency", true},
	{[]string{"anti", "-", "narcotics", "agency"}, "drugagency", "anti-drug agency", true},
	{[]string{"antidrug", "agency"}, "drugagency", "anti-drug agency", true},
	{[]string{"drug", "agency"}, "drugagency", "anti-drug agency", true},
	{[]string{"anti", "-", "drug", "police"}, "drugpolice", "anti-drug police", true},
	{[]string{"anti", "-", "narcotics", "police"}, "drugpolice", "anti-drug police", true},
	{[]string{"intelligence", "agency"}, "intelligence", "intelligence agency", true},
	{[]string{"intelligence", "service"}, "intelligence", "intelligence agency", true},
	{[]string{"prison", "service"}, "prisons", "prison service", true},
	{[]string{"prison", "agency"}, "prisons", "prison service", true},
	{[]string{"migration", "agency"}, "migration", "migration agency", true},
	{[]string{"migration", "service"}, "migration", "migration agency", true},
	{[]string{"customs", "agency"}, "customs", "customs agency", true},
	{[]string{"customs", "service"}, "customs", "customs agency", true},
}

// govWords after a country name stand for its government.
var govWords = set("government", "administration", "authorities", "officials", "regime", "presidency",
	"cabinet", "leaders", "diplomats", "negotiators", "delegation")

// locatives before a capital make it a place, not a government.
var locatives = set("in", "at", "from", "near", "outside", "around", "across", "into", "toward",
	"towards", "via", "through", "of", "to", "between", "inside", "within", "downtown", "visited",
	"visit", "visiting", "arrived", "headquartered", "based")

// pronouns that may stand for a speaker.
var pronounGender = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "it": 'i', "we": 'p'}
