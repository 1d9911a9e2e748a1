package extract

import "github.com/newsgraph/newsgraph/data"

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
var titleHeads = union(lexWords.set("titleHeads"), romanceTitleHeads)

// romanceTitleHeads are the Spanish and Portuguese titles English copy
// keeps; between a given name and a name word one is a surname.
var romanceTitleHeads = lexWords.set("romanceTitleHeads")

// titleMods precede a title head ("deputy assistant secretary").
var titleMods = lexWords.set("titleMods")

// honorifics mark a person without naming an office.
var honorifics = lexWords.genders("honorifics")

// militaryRanks belong to an armed force.
var militaryRanks = lexWords.set("militaryRanks")

// stateTitles belong to a government when no organisation is named.
var stateTitles = lexWords.set("stateTitles")

// publicPosts are offices of a state's courts, legislature or registries,
// held at the state when no body is named.
var publicPosts = lexWords.set("publicPosts")

// speechVerbs report speech.
var speechVerbs = lexWords.set("speechVerbs")

// headlineVerbs end a titled name in a title-case headline: "Deputy
// Secretary Ruiz Travels to Lima" names Ruiz.
var headlineVerbs = lexWords.set("headlineVerbs")

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

// soleBodyHeads name a whole body alone ("the Treasury", "Congress"): a
// capitalised "for" phrase after one is a title's remit, not more name.
var soleBodyHeads = lexWords.set("soleBodyHeads")

var orgHeads = lexWords.set("orgHeads")

var cartelHeads = lexWords.set("cartelHeads")

var agreementHeads = lexWords.set("agreementHeads")

// lowerAgreementHeads end an agreement named in lower case ("tariff deal").
var lowerAgreementHeads = lexWords.set("lowerAgreementHeads")

// agreementMods name what an agreement is about ("security agreement").
var agreementMods = lexWords.set("agreementMods")

// agreementAdjs may precede an agreement's name without being part of it.
var agreementAdjs = lexWords.set("agreementAdjs")

// agencyKinds are generic phrases for parts of a government, read from
// data/lexicon/agency-kinds.tsv in file order.
var agencyKinds = mustLexicon(loadAgencyKinds(data.Lexicon, lexiconDir))

// govWords after a country name stand for its government.
var govWords = lexWords.set("govWords")

// locatives before a capital make it a place, not a government.
var locatives = lexWords.set("locatives")

// pronouns that may stand for a speaker.
var pronounGender = lexWords.genders("pronounGender")

// union returns a set holding the words of both sets.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}
