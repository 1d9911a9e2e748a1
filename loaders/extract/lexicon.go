package extract

// Word lists of the patterns: general English and newsroom usage, not
// names from any article. The words live in data/lexicon/words.tsv, each
// list under the name the code gives it here, with its doc comment there
// too; lexWords loads them at start-up (lexicons.go).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stopCaps are capitalised words that start sentences or headlines but are
// never part of a name.
var stopCaps = lexWords.set("stopCaps")

// particles may sit inside a person's name ("Luis de la Fuente").
var particles = lexWords.set("particles")

// titleHeads are words that name an office or rank.
var titleHeads = lexWords.set("titleHeads")

// titleMods precede a title head ("deputy assistant secretary").
var titleMods = lexWords.set("titleMods")

// honorifics mark a person without naming an office.
var honorifics = lexWords.genders("honorifics")

// militaryRanks belong to an armed force.
var militaryRanks = lexWords.set("militaryRanks")

// stateTitles belong to a government when no organisation is named.
var stateTitles = lexWords.set("stateTitles")

// speechVerbs report speech.
var speechVerbs = lexWords.set("speechVerbs")

// reportVerbsAfter are the verbs that follow a quotation's speaker ("…,"
// she said) or precede it ("…," said the minister).
var reportVerbsAfter = lexWords.set("reportVerbsAfter")

// roleNouns are lower-case nouns that refer back to a person by office
// ("the secretary said").
var roleNouns = lexWords.set("roleNouns")

// agencyHeads and orgHeads end an organisation's name and give its type
// (an agency, an organisation); cartelHeads end a cartel's or an armed
// group's; agreementHeads an agreement's capitalised name.
var agencyHeads = lexWords.set("agencyHeads")

var orgHeads = lexWords.set("orgHeads")

var cartelHeads = lexWords.set("cartelHeads")

var agreementHeads = lexWords.set("agreementHeads")

// lowerAgreementHeads end an agreement named in lower case ("tariff deal").
var lowerAgreementHeads = lexWords.set("lowerAgreementHeads")

// agreementMods name what an agreement is about ("security agreement").
var agreementMods = lexWords.set("agreementMods")

// agreementAdjs may precede an agreement's name without being part of it.
var agreementAdjs = lexWords.set("agreementAdjs")

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
var govWords = lexWords.set("govWords")

// locatives before a capital make it a place, not a government.
var locatives = lexWords.set("locatives")

// pronouns that may stand for a speaker.
var pronounGender = lexWords.genders("pronounGender")
