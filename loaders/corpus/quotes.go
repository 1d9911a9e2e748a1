package corpus

// quoteBank holds the sentences people are quoted saying, by topic,
// without final punctuation. They name no one (names in quotations would
// be entities the gold has to carry) and use only the first word's
// capital.
var quoteBank = map[string][]string{
	"crackdown": {
		"We are not going to let up",
		"This is a blow to the heart of their logistics",
		"Nobody is above the law in this country",
		"We will keep going after every cell, every lab and every route",
		"Today the state has won a battle, but not the war",
		"Every ton we seize is a ton that does not reach the streets",
		"We followed the money, and the money led us here",
		"The people we arrested today were running the finances of the whole network",
		"We will dismantle these groups piece by piece",
		"There will be more arrests in the coming days",
		"Our forces acted on intelligence gathered over almost a year",
		"We are taking back territory that the gangs had controlled for a decade",
	},
	"raid": {
		"The operation was planned for months and carried out without a single shot",
		"They thought they could hide in the {mountains|jungle|city}, and they were wrong",
		"This {lab|shipment} alone could have supplied the market for weeks",
		"We caught them {with the product still warm|loading the boats|in the middle of the night}",
		"Every {kilo|ton} we take off the table is money they will never see",
		"We found {ledgers|phones|maps} that will lead us to the rest of the network",
	},
	"cooperation": {
		"We cooperate, we coordinate, but each country decides on its own territory",
		"This is a shared responsibility, and we are treating it as one",
		"The cooperation between our two countries has never been stronger",
		"No country can face organized crime alone",
		"We share intelligence in real time, and that is what made this possible",
		"Our partners did outstanding work, and we will keep supporting them",
		"We want a partnership, not dependence",
		"This agreement gives our investigators the tools they have been asking for",
		"We have agreed on clear rules and clear goals",
		"What we signed today will save lives on both sides of the border",
		"The criminals work across borders, so we have to work across borders too",
		"We have built trust over many years, and it is paying off",
		"It is the most important security commitment between our governments in a decade",
		"Both sides will have to deliver results, not just promises",
	},
	"sovereignty": {
		"There will be no foreign troops on our soil",
		"Coordination, not subordination",
		"We will not accept any action that violates our sovereignty",
		"Cooperation is welcome, interference is not",
		"Our country is not anyone's backyard",
		"We will defend our territory with our own forces",
		"We reject any unilateral action, whatever its purpose",
		"We have been very clear about our red lines",
	},
	"violence": {
		"The violence has reached neighborhoods that used to be safe",
		"These groups are fighting over every route and every market",
		"People are afraid to leave their homes after dark",
		"The killings are a message to rivals and to the state",
		"We have reinforced the area with hundreds of additional officers",
		"Those responsible for this attack will be found and brought to justice",
		"The gangs are recruiting children as young as twelve",
		"Every week we bury more officers, and every week we send more",
		"This is not a war between gangs alone; it is a war against the state",
		"The attack shows how much firepower these groups now have",
	},
	"analysis": {
		"We are seeing a shift in how these groups operate",
		"The gangs are becoming more like franchises than armies",
		"When a leader falls, there is almost always a bloody fight to replace him",
		"Arrests at the top rarely change what happens on the street",
		"The money is where these organizations are most vulnerable",
		"Synthetic drugs have changed the economics of the whole business",
		"Extraditions send a signal, but the structures stay in place",
		"The cocaine market in Europe is now as important as the one in the north",
		"Corruption is the oxygen these groups breathe",
		"Prisons have become the command centers of the gangs",
		"The ports are the weakest link in the whole chain",
		"Designations change the legal landscape, but not the violence",
		"What we see is fragmentation: more groups, smaller and more violent",
		"Military deployments bring short-term calm and long-term problems",
		"The real test is whether institutions can hold after the troops leave",
		"The weapons come from the north and the drugs go north",
	},
	"justice": {
		"This is a great day for justice and for the families of the victims",
		"He will now answer for his crimes in a federal courtroom",
		"The evidence against him is overwhelming",
		"No trafficker is beyond our reach, no matter where he hides",
		"Extradition is the most feared tool we have",
		"We will seek the maximum sentence allowed by law",
		"The defendant moved tons of poison into our communities",
		"This case shows what patient investigative work can achieve",
	},
	"defense": {
		"My client is innocent and will prove it in court",
		"The charges are based on the word of cooperating witnesses",
		"My client did not get a fair {hearing|trial}",
		"We will appeal {this decision|the sentence} {immediately|as soon as possible}",
		"This case was built on the testimony of people trying to save themselves",
		"The government has not shown a single piece of physical evidence",
		"He was a {farmer|businessman|truck driver}, not a trafficker",
		"The extradition violated his {rights|right to a defense}",
	},
	"sanctions": {
		"We will use every tool we have to cut these networks off from the financial system",
		"These sanctions target the people who move the money",
		"Anyone who does business with this network does so at their own risk",
		"The designation gives prosecutors new tools to go after the money",
		"We are going after the accountants, the front companies and the lawyers",
		"Financial pressure works, but it takes time",
		"The cartels are businesses, and we are going after their balance sheets",
	},
	"victims": {
		"We just want to know where our sons are",
		"Nobody from the government has come to talk to us",
		"We are afraid to leave our homes",
		"My brother was taken from the street in broad daylight",
		"The shops close at six now, and nobody goes out",
		"We used to sleep with the windows open",
		"The soldiers came, and a week later they were gone",
	},
	"criticism": {
		"The government is confusing force with security",
		"Mass arrests without due process will not end the violence",
		"The families of the disappeared deserve answers, not slogans",
		"Human rights cannot be the price of security",
		"The results do not match the announcements",
		"Militarization has been tried before, and it failed",
		"This policy punishes the poor and spares the powerful",
	},
	"diplomacy": {
		"We had a frank and productive conversation",
		"We agreed to meet again in the coming weeks",
		"The relationship is strong, and today's meeting proves it",
		"We discussed security, migration and trade, and we found common ground",
		"There are differences, but there is also a great deal of goodwill",
		"We are neighbors, and neighbors have to talk",
	},
	"general": {
		"We are working on it every single day",
		"The situation is serious, but it is under control",
		"We will give more details in the coming days",
		"This is only the beginning",
		"We will not rest until the job is done",
		"The numbers speak for themselves",
		"It is a long road, but we are on it",
		"We owe this to the people who live with this every day",
	},
}

// quoteOf returns a sentence of topic the article has not used yet.
func (w *world) quoteOf(b *builder, topic string) string {
	pool := quoteBank[topic]
	if len(pool) == 0 {
		pool = quoteBank["general"]
	}
	start := b.r.IntN(len(pool))
	for i := range pool {
		s := pool[(start+i)%len(pool)]
		if !b.told[s] {
			b.told[s] = true
			return expand(b.r, s, func(x string) string { return x })
		}
	}
	// every sentence of the topic is used: borrow from "general"
	if topic != "general" {
		return w.quoteOf(b, "general")
	}
	return expand(b.r, pool[start], func(x string) string { return x })
}

// says returns one or two sentences of topic for a quotation.
func (b *builder) says(topic string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = b.w.quoteOf(b, topic)
	}
	return out
}
