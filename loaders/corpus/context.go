package corpus

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// contextBank holds sentences that fill out a paragraph around its facts,
// by topic. {a|b|c} picks one alternative; {drug}, {place}, {C} (the
// story's group), {n} (two to nine), {nn} (10 to 99) and {year} are filled
// from the story. They name no one but the story's group.
var contextBank = map[string][]string{
	"operation": {
		"Troops {secured|sealed off|cordoned off} the area {before dawn|for several hours|while forensic teams worked}",
		"Officials said the {lab|network} could produce {drug} on an industrial scale",
		"The raid followed {an anonymous tip|months of surveillance|the arrest of a courier} {earlier this year|last month|in the same area}",
		"Chemical precursors found at the site had been imported {legally|through front companies|from Asia}",
		"Prosecutors will have {48 hours|72 hours|two days} to bring charges against the suspects",
		"The {operation|raid} involved {more than 200|about 150|several hundred} {soldiers|officers|agents}",
		"Officials said the operation had been planned for {several weeks|months|nearly a year}",
		"{Soldiers|Agents|Officers} found {rifles|grenades|bulletproof vests|bundles of cash}, {radios|ledgers|satellite phones} and {several vehicles|a small aircraft|two speedboats} at the site",
		"No one was injured during the raid, according to officials",
		"The site was {hidden|located} {in a remote area|near a river|on a farm} that could only be reached {by air|on foot|by a dirt road}",
		"Investigators were {analyzing|going through} {phones|documents|computers} seized during the raid",
		"It was the {second|third|fourth} such operation in {place} this {month|year}",
		"Officials did not say how long the {lab|warehouse|network} had been operating",
		"Authorities said more arrests were {possible|expected} in the coming {days|weeks}",
		"The drugs were {incinerated|destroyed|taken to a military base} under the supervision of prosecutors",
		"The area has long been a {transit point|production hub|staging ground} for drugs headed north",
		"Officials said the group had paid farmers in the area to {grow coca|store chemicals|hide shipments}",
		"The suspects were flown to the capital {under heavy guard|on a military plane|the same night}",
		"Helicopters {flew over|circled above} the area for most of the day",
		"Several of those detained had {outstanding arrest warrants|criminal records|been arrested before}",
	},
	"violence": {
		"The {bodies|victims} were found {near a highway|outside a school|in a burned car}, according to local officials",
		"Human rights groups have documented dozens of disappearances in the area",
		"Many families in the area have {left their homes|sent their children away|stopped working their fields}",
		"Officials said the gunmen had used {assault rifles|explosives dropped from drones|armored trucks}",
		"Local officials asked the federal government for {more troops|help|a permanent base} in the area",
		"Police said {shell casings|spent cartridges} from {military-grade rifles|several weapons} were found at the scene",
		"Witnesses said the gunmen arrived in {pickup trucks|several vehicles|motorcycles} and opened fire without warning",
		"Several of the wounded were taken to hospitals in {place}",
		"Schools in the area {closed for the rest of the week|suspended classes|sent students home}",
		"Authorities have not {identified|named} the victims",
		"Videos shared on social media showed {burned vehicles|roadblocks|armed men} on the main road",
		"Prosecutors opened an investigation into the {killings|attack}",
		"It was the {deadliest|second deadliest|third deadliest} attack in {place} this year",
		"Soldiers set up checkpoints on the roads leading out of {town|the area}",
		"Residents said the area had been quiet for {weeks|months} before the attack",
		"Funerals for the victims were held {the next day|over the weekend|under heavy security}",
		"Bus companies suspended service on the routes {through|into} the area",
		"The attackers fled {into the hills|toward the border|before reinforcements arrived}",
	},
	"diplomacy": {
		"The two governments have had {a difficult relationship|tense relations|close ties} {in recent years|for decades}",
		"Officials said the new arrangement would be {reviewed|evaluated} by {a joint commission|both cabinets}",
		"Business groups {welcomed|cautiously welcomed} the announcement",
		"The {deal|agreement} had been {discussed|negotiated} {behind closed doors|for most of the year|at several rounds of talks}",
		"Critics said the text was {vague|too broad|silent on human rights}",
		"Officials said the talks had been {in preparation|under way} for {months|weeks}",
		"The details of the {agreement|deal} were not {made public|released}",
		"Both governments said they would {review|report on} progress {in six months|every year|next year}",
		"The talks also covered {migration|trade|tariffs|energy}",
		"Diplomats described the {atmosphere|tone} as {cordial|tense at times|businesslike}",
		"The meeting lasted {about two hours|more than three hours|most of the day}",
		"Opposition lawmakers {criticized|questioned} the {terms|secrecy} of the {deal|talks}",
		"Officials said working groups would meet {every month|every three months|before the end of the year}",
		"The {deal|agreement} still needs the approval of {lawmakers|the legislature} to take effect",
		"Neither side gave figures for the cost of the new measures",
	},
	"extradition": {
		"The suspect had been held in a maximum-security prison {for more than a year|since the arrest|for months}",
		"Officials said the transfer had been {delayed|postponed} {several times|for months} by legal challenges",
		"American prosecutors have {charged|indicted} dozens of members of the network",
		"Extraditions from the region have {risen|increased sharply} in recent years",
		"Human rights lawyers have questioned the speed of some recent transfers",
		"Extraditions have become a central part of security cooperation in the region",
		"Defense lawyers had tried for months to block the transfer",
		"The extradition was approved by the country's supreme court {last year|in a closed session|after a long review}",
		"The suspect is expected to appear before a federal judge {this week|in the coming days}",
		"Prosecutors say the network shipped {drug} to {several American cities|the East Coast|the Midwest}",
		"The transfer was carried out {in secret|before dawn|on a government plane}",
		"Officials said more extraditions were being prepared",
	},
	"court": {
		"The sentence {ends|closes} one of the {largest|longest} drug cases in the district in years",
		"Family members {wept|sat silently} in the courtroom as the sentence was read",
		"Under the plea deal, prosecutors dropped {several|two} of the charges",
		"The judge said the defendant had {shown no remorse|accepted responsibility|cooperated only partly}",
		"The defendant will be deported after serving the sentence",
		"The case was {built|based} on {wiretaps|testimony from cooperating witnesses|financial records}",
		"Prosecutors said the network had moved {tons|hundreds of kilograms} of {drug} over {several years|a decade}",
		"Court documents describe a network of {front companies|safe houses|corrupt officials}",
		"The defense has {two weeks|a month} to file an appeal",
		"Prosecutors had sought a {longer sentence|life sentence}",
		"The judge also ordered the forfeiture of ${nn} million in assets",
		"Several co-defendants {are awaiting trial|have pleaded guilty|remain at large}",
		"The hearing lasted {less than an hour|most of the morning|two days}",
		"Prosecutors said the defendant had used {encrypted phones|code words|couriers} to run the business",
	},
	"money": {
		"The people named can no longer use the {American|international} banking system",
		"Sanctions have become one of the main tools of the government against criminal groups",
		"Officials said the front companies {exported fruit|sold used cars|ran a chain of pharmacies} as cover",
		"Some of those named had already been charged in federal court",
		"The list includes {a former police officer|a notary|a city councilor}",
		"The network used {exchange houses|shell companies|cryptocurrency|real estate} to move the proceeds",
		"Investigators said the group laundered money through {car dealerships|restaurants|farms|construction firms}",
		"Banks have been told to report any transactions linked to the {people|companies} on the list",
		"The companies named include {a transport firm|a hotel|a pharmacy chain|an import business}",
		"Officials estimate that the group moves {hundreds of millions|billions} of dollars a year",
		"Some of the money was {invested in|hidden in|moved through} {luxury homes|cattle ranches|gold mines}",
		"Analysts say financial pressure has pushed traffickers toward {cash|cryptocurrency|informal brokers}",
	},
	"hearing": {
		"Officials told lawmakers that {seizures at the border|overdose deaths|arrests} had {risen|fallen} in the past year",
		"The session was {interrupted by protesters|closed to the public for part of the day|broadcast live}",
		"Lawmakers also asked about the flow of weapons {south|across the border}",
		"The committee chairman said {another hearing|a closed briefing} would follow",
		"Lawmakers from both parties pressed for more money for border security",
		"The hearing came as the administration weighs new measures against criminal groups",
		"Several lawmakers called for tougher action against suppliers of precursor chemicals",
		"Overdose deaths have fallen from their peak but remain high, officials told the committee",
		"The committee is expected to vote on a {funding bill|sanctions bill|resolution} {next month|later this year}",
		"Some lawmakers questioned whether military action would make the problem worse",
	},
	"report": {
		"The authors warn that the problem could spread to {neighboring countries|new provinces|the cities}",
		"The report also criticizes the lack of data on disappearances",
		"It estimates that the group earns {hundreds of millions|billions} of dollars a year",
		"The report notes that many killings are never investigated",
		"The report draws on data from governments and prosecutors across the region",
		"Its authors interviewed {police officers|prosecutors|former gang members} in {n} countries",
		"The report recommends {stronger controls at ports|more money for prosecutors|reforming the prisons}",
		"The findings were presented at a {news conference|seminar|closed meeting} with officials",
		"Officials have questioned the methodology of similar reports in the past",
	},
	"background": {
		"Homicide rates in several countries of the region are among the highest in the world",
		"Criminal groups increasingly recruit teenagers, officials say",
		"Drug consumption has also grown in the countries of the region, health officials say",
		"Much of the {drug} that passes through the region is bound for {the north|Europe|Asia}",
		"Governments in the region have turned to the armed forces to fight crime",
		"Trafficking routes have shifted {toward the Pacific|to the Caribbean|inland} as enforcement has increased",
		"Seizures of {drug} in the region have reached record levels in recent years",
		"Experts say {drug} production has {increased|shifted} as traffickers adapt to pressure",
		"Violence linked to organized crime has displaced thousands of people in the region",
		"Successive governments have promised to restore order, without lasting success",
		"Prison overcrowding has made it harder to hold gang leaders",
		"Corruption in the police and the courts has long hampered investigations",
		"Criminal groups have expanded into {extortion|illegal mining|human smuggling|fuel theft} in recent years",
		"The ports of the region have become key exit points for cocaine bound for Europe",
		"{C} has been weakened by arrests but remains one of the most powerful criminal groups in the region",
		"Murders in {place} {rose|fell} in {year}, according to official figures",
		"Many of the weapons used by criminal groups in the region are smuggled from the north",
	},
}

// expand fills a pattern: {a|b} picks one alternative, {name} calls slot.
func expand(r *rand.Rand, pattern string, slot func(string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(pattern, '{')
		if i < 0 {
			b.WriteString(pattern)
			return b.String()
		}
		j := strings.IndexByte(pattern[i:], '}')
		if j < 0 {
			b.WriteString(pattern)
			return b.String()
		}
		b.WriteString(pattern[:i])
		inner := pattern[i+1 : i+j]
		if strings.Contains(inner, "|") {
			alts := strings.Split(inner, "|")
			b.WriteString(alts[r.IntN(len(alts))])
		} else {
			b.WriteString(slot(inner))
		}
		pattern = pattern[i+j+1:]
	}
}

// slot fills the story-dependent slots of expand.
func (s *story) slot(name string) string {
	switch name {
	case "drug":
		return s.drug
	case "place":
		return s.place
	case "C":
		return s.ref(s.C)
	case "n":
		return num(s.n(2, 9))
	case "nn":
		return strconv.Itoa(s.n(10, 99))
	case "year":
		return s.yearsAgo(1, 3)
	}
	return name
}

// context returns an unused context sentence of one of topics, or "".
func (s *story) context(topics ...string) string {
	for range 12 {
		t := topics[s.r.IntN(len(topics))]
		pool := contextBank[t]
		p := pool[s.r.IntN(len(pool))]
		if !s.told[p] {
			s.told[p] = true
			return expand(s.r, p, s.slot)
		}
	}
	return ""
}

// pad fills out the paragraph being written with up to three context
// sentences (five when the article is running short), to about the length
// of a wire paragraph.
func (s *story) pad() {
	size := 0
	for _, x := range s.para {
		size += len(x) + 1
	}
	want := 400 + s.r.IntN(200)
	n := 3
	// behind the pace of a 3,000-byte article of maxParas paragraphs: more
	if behind := (s.paras+1)*minTarget/maxParas - s.text.Len() - size; behind > 0 && s.paras > 0 {
		want, n = max(want, size+behind), 5
	}
	for range n {
		if size >= want {
			return
		}
		c := s.context(s.topics...)
		if c == "" {
			return
		}
		s.say(c)
		size += len(c) + 2
	}
}
