package story

import (
	"time"

	"dossier"
)

// The articles below are invented for the tests: fictional places, people
// and outlets, written in the manner of wire copy.

func day(d int) *time.Time {
	t := time.Date(2031, time.March, d, 9, 0, 0, 0, time.UTC)
	return &t
}

func art(id, source, title, text string, published *time.Time) *dossier.Article {
	return &dossier.Article{ID: id, Source: source, Title: title, Text: text, Published: published}
}

// Two outlets on one dam explosion.
var (
	damHerald = art("dam-herald", "Northern Herald",
		"Explosion breaches Velmora Dam, thousands flee the Askel valley",
		`DRENHOLT — An explosion tore through the Velmora Dam on the Askel River early on Tuesday, sending a wall of water towards the town of Drenholt and forcing more than 12,000 people from their homes, officials in Varnia said.

Interior Minister Oskar Lindqvist said the blast struck the dam's eastern spillway shortly after 4 a.m. and that engineers were trying to stop the breach from widening. "We do not yet know what caused the explosion," Lindqvist told reporters in Drenholt. "Nothing is ruled out."

Rescue teams in boats pulled residents from rooftops in the lower Askel valley, where the water rose by two metres within an hour. The regional governor, Mira Halvorsen, said at least nine people were missing.

The Velmora Dam, built in 1968, supplies electricity to much of northern Varnia. The state utility Varnkraft said it had shut the dam's turbines and that power cuts could last for days.

Opposition lawmakers demanded an inquiry into the dam's security, saying Varnkraft had been warned about cracks in the eastern spillway last year.`, day(4))

	damWire = art("dam-wire", "Coastal Wire",
		"Varnia dam blast floods valley, minister says sabotage not ruled out",
		`A powerful blast ripped open the Velmora Dam in northern Varnia on Tuesday, flooding villages along the Askel River and driving thousands of residents to higher ground.

The explosion hit the eastern spillway of the dam before dawn, Interior Minister Oskar Lindqvist said, adding that investigators were looking at every possibility, including sabotage. Varnkraft, the state power company that runs the dam, said its turbines had been shut down.

Governor Mira Halvorsen said nine people were missing and that the town of Drenholt, 15 kilometres downstream, had been partly evacuated. Army helicopters flew families out of the Askel valley as the water kept rising through the morning.

Engineers warned that the breach in the Velmora Dam could widen if the spillway collapsed further. Residents of Drenholt described hearing a deep boom followed by the roar of water.`, day(4))

	// A republication of the Herald's report by a third outlet: new
	// headline, the dateline dropped, a credit line added.
	damCopy = art("dam-copy", "Valley Times",
		"Velmora Dam explosion: thousands evacuated",
		`An explosion tore through the Velmora Dam on the Askel River early on Tuesday, sending a wall of water towards the town of Drenholt and forcing more than 12,000 people from their homes, officials in Varnia said.

Interior Minister Oskar Lindqvist said the blast struck the dam's eastern spillway shortly after 4 a.m. and that engineers were trying to stop the breach from widening. "We do not yet know what caused the explosion," Lindqvist told reporters in Drenholt. "Nothing is ruled out."

Rescue teams in boats pulled residents from rooftops in the lower Askel valley, where the water rose by two metres within an hour. The regional governor, Mira Halvorsen, said at least nine people were missing.

The Velmora Dam, built in 1968, supplies electricity to much of northern Varnia. The state utility Varnkraft said it had shut the dam's turbines and that power cuts could last for days.

Opposition lawmakers demanded an inquiry into the dam's security, saying Varnkraft had been warned about cracks in the eastern spillway last year.

This report first appeared in the Northern Herald and is republished with permission.`, day(5))
)

// A football match, reported by two outlets.
var (
	matchSport = art("match-sport", "Sport Daily",
		"Brennick United beat Port Salis 3-1 to reach the cup final",
		`Brennick United reached the Varnian Cup final for the first time in eleven years after beating Port Salis 3-1 at the Harrow Stadium on Saturday evening.

Striker Tomas Ekdahl scored twice in the first half, heading in a corner after 12 minutes and finishing a counter-attack on the half hour. Port Salis pulled one back through Jonas Brink early in the second half, but midfielder Aldo Renn sealed the win with a low shot in stoppage time.

"The players gave everything," Brennick coach Henrik Sollberg said. "Eleven years is a long time for our supporters."

Port Salis, the holders, finished the match with ten men after defender Pavel Ost was sent off for a second yellow card. Brennick United will face Kessel Rovers in the final next month.`, day(8))

	matchGazette = art("match-gazette", "Harbour Gazette",
		"Ekdahl double sends Brennick into cup final as Port Salis lose their crown",
		`Tomas Ekdahl scored two goals as Brennick United knocked out the cup holders Port Salis with a 3-1 win in the semi-final at the Harrow Stadium on Saturday.

Ekdahl opened the scoring with a header and doubled the lead before half time. Jonas Brink gave Port Salis hope after the break, but the holders lost defender Pavel Ost to a red card and Aldo Renn scored the third goal late on.

Coach Henrik Sollberg praised his side's discipline. Brennick United will play Kessel Rovers in the Varnian Cup final.`, day(8))
)

// Unrelated articles, which must stay apart from the stories above.
var (
	techLaunch = art("tech-launch", "Circuit Weekly",
		"Lumora unveils a folding tablet with a week of battery life",
		`The electronics maker Lumora on Thursday unveiled the Fold 9, a tablet that opens into a 14-inch screen and, the company says, runs for a week on a single charge.

Chief executive Ines Barkley showed the device at a launch event in Calder City, saying its new battery chemistry had taken five years to develop. Analysts said the price, about twice that of rival tablets, could limit sales.

Lumora shares rose four per cent after the announcement. The Fold 9 goes on sale in June.`, day(6))

	wildfire = art("wildfire", "Southern Post",
		"Wildfire forces evacuation of hillside villages near Sarrano",
		`Firefighters battled a wildfire in the hills above Sarrano on Friday as strong winds pushed the flames towards several villages, forcing about 800 residents to leave their homes.

The fire began in dry scrubland on Thursday afternoon and had burned more than 3,000 hectares by Friday morning, the regional fire service said. Water-bombing aircraft were grounded for several hours because of the wind.

Fire chief Lucia Moreno said no one had been hurt but that two farmhouses had been destroyed.`, day(7))
)

// A story told in two halves that only later reports connect: the first
// reports say a ferry is missing, others that wreckage was found on a
// reef; a bridging report says the wreckage is the missing ferry's.
var (
	ferryMissing1 = art("ferry-missing-1", "Island News",
		"Ferry Stella Maren missing with 140 aboard off the Orvik coast",
		`The ferry Stella Maren has been missing since late on Sunday with 140 passengers and crew aboard after it lost radio contact on its crossing from Orvik to the island of Tessa, the coastguard said.

Coastguard spokesman Niels Aron said ships and aircraft were searching a wide area of the Tessa strait, where storms had raised waves of six metres. The Stella Maren, operated by Orvik Lines, had left the harbour at 9 p.m.

Relatives of the passengers gathered at the Orvik ferry terminal waiting for news.`, day(10))

	ferryMissing2 = art("ferry-missing-2", "Harbour Gazette",
		"Search for missing ferry Stella Maren widens in the Tessa strait",
		`Search teams widened the hunt for the ferry Stella Maren on Monday as storms continued to batter the Tessa strait, where the vessel vanished with 140 people aboard on its way from Orvik.

Orvik Lines said the ship had last reported its position shortly before midnight. Coastguard spokesman Niels Aron said two navy ships had joined the search and that relatives would be kept informed at the Orvik terminal.`, day(11))

	reefWreck1 = art("reef-wreck-1", "Coastal Wire",
		"Wreckage and life jackets found on Hallen reef",
		`Fishermen found wreckage, life jackets and a lifeboat washed up on the Hallen reef on Monday afternoon, the island council of Hallen said.

Council leader Brita Sand said the debris appeared to come from a large passenger vessel and that divers would be sent to the reef on Tuesday. No survivors had been seen. The reef lies some 40 kilometres north of the island's harbour.`, day(11))

	reefWreck2 = art("reef-wreck-2", "Southern Post",
		"Divers search wreckage on Hallen reef",
		`Divers began searching the wreckage found on the Hallen reef on Tuesday, the island council said, as more life jackets and a damaged lifeboat were recovered from the water.

Council leader Brita Sand said the wreck lay in shallow water on the northern edge of the Hallen reef and that it was a large passenger vessel.`, day(12))

	ferryBridge = art("ferry-bridge", "Northern Herald",
		"Wreckage on Hallen reef is the missing ferry Stella Maren, coastguard says",
		`The wreckage found on the Hallen reef is that of the ferry Stella Maren, which went missing in the Tessa strait with 140 people aboard after leaving Orvik, the coastguard said on Tuesday.

Coastguard spokesman Niels Aron said divers had identified the ferry's name on the hull of the wreck on the Hallen reef. Orvik Lines said relatives of the passengers had been informed at the Orvik terminal. Council leader Brita Sand said life jackets and a lifeboat from the Stella Maren had been found on the reef since Monday.

The search for survivors in the Tessa strait and around the Hallen reef continued.`, day(12))
)

// More reports after the identification, which tell both halves.
var (
	ferryBridge2 = art("ferry-bridge-2", "Island News",
		"Stella Maren wreck found on Hallen reef; hopes fade for 140 aboard",
		`Hopes faded on Wednesday for the 140 people aboard the ferry Stella Maren after the coastguard confirmed that the wreck on the Hallen reef was the missing vessel.

The Stella Maren left Orvik for Tessa on Sunday night and lost radio contact in the storm. Coastguard spokesman Niels Aron said divers working on the Hallen reef had found no survivors. Council leader Brita Sand said life jackets, a lifeboat and wreckage from the ferry had washed up on the reef since Monday.

Orvik Lines said it would cooperate with the inquiry.`, day(13))

	ferryBridge3 = art("ferry-bridge-3", "Coastal Wire",
		"Inquiry opens into Stella Maren sinking on Hallen reef",
		`Investigators opened an inquiry on Wednesday into how the ferry Stella Maren, missing since Sunday on its crossing from Orvik to Tessa, came to be wrecked on the Hallen reef.

Coastguard spokesman Niels Aron said divers had recovered the ferry's voyage recorder from the wreck. Council leader Brita Sand said the island of Hallen would hold a vigil for the 140 passengers and crew. Relatives waited at the Orvik terminal, and Orvik Lines said its chief executive would meet them.`, day(13))
)
