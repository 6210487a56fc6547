package quote

import (
	"strings"
	"testing"

	"dossier"
	"dossier/text"
)

// want is one expected statement; empty fields are not checked, except
// that Speaker "-" asks for no speaker at all.
type want struct {
	Speaker, Cue, Content string
	Kind                  dossier.StatementKind
	Venue, Time           string
	// Text, when set, is the statement's Text where it differs from the
	// content span (a quotation split by its frame).
	Text string
}

// The people, places and outlets of these sentences are invented.
var extractCases = []struct {
	name string
	in   string
	want []want
}{
	{
		name: "direct, frame after",
		in:   "“We will rebuild the bridge,” Mayor Ana Keller said.",
		want: []want{{Speaker: "Ana Keller", Cue: "said", Kind: dossier.Direct, Content: "We will rebuild the bridge,"}},
	},
	{
		name: "direct, inverted frame with title",
		in:   "“The budget is balanced,” said Finance Minister Tomas Ruiz.",
		want: []want{{Speaker: "Tomas Ruiz", Cue: "said", Kind: dossier.Direct, Content: "The budget is balanced,"}},
	},
	{
		name: "acts of judging and directing; their nouns are no verbs",
		in:   "Marten attacked Keller for the delay. A judge ordered the release of the files. The attacks on the port continued.",
		want: []want{
			{Speaker: "Marten", Cue: "attacked", Content: "Keller for the delay"},
			{Speaker: "A judge", Cue: "ordered", Content: "the release of the files"},
		},
	},
	{
		name: "an act nested in reported content is part of it; an inclusion aside does not end it",
		in:   "Valdorian officials believe it is unlikely that senior officials, including President Ana Marten, ordered the strike.",
		want: []want{{Speaker: "Valdorian officials", Cue: "believe",
			Content: "it is unlikely that senior officials, including President Ana Marten, ordered the strike"}},
	},
	{
		name: "a noun in -s after a determiner inside the subject",
		in:   "A review of the emails seems to show that a reporter worked with the ministry.",
		want: []want{{Speaker: "A review of the emails", Cue: "show", Content: "a reporter worked with the ministry"}},
	},
	{
		name: "a word in -ing before a singular role is a modifier; before a plural, a participle",
		in:   "“We will strike,” organizing director Ken Fells told Radio Korvel. The delay was long, leading officials to believe that the port would close.",
		want: []want{
			{Speaker: "Ken Fells", Cue: "told", Kind: dossier.Direct, Content: "We will strike,"},
			{Speaker: "officials", Cue: "believe", Content: "the port would close"},
		},
	},
	{
		name: "adjectives of attitude",
		in:   "Marten is critical of the levy. Officials were confident that the dam would hold. The council was eager to settle. The outlook is hopeful. It was critical of nothing.",
		want: []want{
			{Speaker: "Marten", Cue: "critical of", Content: "the levy"},
			{Speaker: "Officials", Cue: "confident", Content: "the dam would hold"},
			{Speaker: "The council", Cue: "eager", Content: "to settle"},
		},
	},
	{
		name: "answers and quantified speakers",
		in:   "Asked whether Marten should stay, 75 percent of voters said yes, but 55% of all voters say she should not. At least 21,000 said they would march.",
		want: []want{
			{Speaker: "-", Cue: "Asked", Content: "whether Marten should stay"},
			{Speaker: "75 percent of voters", Cue: "said", Content: "yes"},
			{Speaker: "55% of all voters", Cue: "say", Content: "she should not"},
			{Speaker: "At least 21,000", Cue: "said", Content: "they would march"},
		},
	},
	{
		name: "a name before a colon and a quotation, wherever it stands",
		in:   "The surge does not surprise pollster Dana Shaw: “Lesser-known candidates gain the most.” Said Ellis: “I do not buy it.”",
		want: []want{
			{Speaker: "Dana Shaw", Cue: ":", Kind: dossier.Direct, Content: "Lesser-known candidates gain the most."},
			{Speaker: "Ellis", Cue: "Said", Kind: dossier.Direct, Content: "I do not buy it."},
		},
	},
	{
		name: "a quoted label after called; a participle after it is no content",
		in:   "In a tweet, Marten called Keller the “ultimate hypocrite,” linking to a story. One lawmaker called Marten “the orange prince.” A party called Anti-Prom won seats.",
		want: []want{
			{Speaker: "Marten", Cue: "called", Kind: dossier.Mixed, Content: "Keller the “ultimate hypocrite,”"},
			{Speaker: "One lawmaker", Cue: "called", Kind: dossier.Mixed, Content: "Marten “the orange prince.”"},
		},
	},
	{
		name: "quantified and pronoun speakers; a relative clause in the subject",
		in:   "One says Kessary has the most, while another says Valdoria has more. But majorities in all five say they want the port open. Nearly a third say they don't know. Still, people who have fought online threats say it could do more.",
		want: []want{
			{Speaker: "One", Cue: "says", Content: "Kessary has the most"},
			{Speaker: "another", Cue: "says", Content: "Valdoria has more"},
			{Speaker: "majorities in all five", Cue: "say", Content: "they want the port open"},
			{Speaker: "a third", Cue: "say", Content: "they don't know"},
			{Speaker: "people", Cue: "say", Content: "it could do more"},
		},
	},
	{
		name: "a reduced clause after a postposed frame is no content; a noun that is also a verb in the addressee",
		in:   "“That is a fair concern,” Sarandon, 69, told Radio Korvel on Monday when asked about the vote. Marten told a rally audience that he would stay.",
		want: []want{
			{Speaker: "Sarandon", Cue: "told", Kind: dossier.Direct, Content: "That is a fair concern,"},
			{Speaker: "-", Cue: "asked about", Content: "the vote"},
			{Speaker: "Marten", Cue: "told", Content: "he would stay"},
		},
	},
	{
		name: "an utterance noun with an infinitive states it; with a topic it does not; nouns in -s are no verbs",
		in:   "Marten's promise to reopen the port was welcomed. Keller's remarks about the levy drew criticism. The total number of classified emails that moved through the server rose.",
		want: []want{{Speaker: "Marten", Cue: "promise", Content: "to reopen the port"}},
	},
	{
		name: "a bare participle after a noun is a reduced relative, no frame",
		in:   "The hacker known as Vesper spoke to the court. A plan shown to donors won praise.",
		want: nil,
	},
	{
		name: "a one-sentence paragraph that ends with an abbreviation is no heading",
		in:   "Intro line one. Intro line two.\n\n\"We differ,\" agrees Ana Stevens, 30, of Korvel, Fla.\n\nMore text here. And more.",
		want: []want{{Speaker: "Ana Stevens", Cue: "agrees", Kind: dossier.Direct, Content: "We differ,"}},
	},
	{
		name: "a writer's aside after a comma at the end of the sentence is no content",
		in:   "Marten said the ministry had hired Orlen Varga, who worked on the port deal. Keller dismissed the labels altogether, a view shared by the crowd. Brisk said the plan, which was drafted in May, would fail.",
		want: []want{
			{Speaker: "Marten", Cue: "said", Content: "the ministry had hired Orlen Varga"},
			{Speaker: "Keller", Cue: "dismissed", Content: "the labels altogether"},
			{Speaker: "Brisk", Cue: "said", Content: "the plan, which was drafted in May, would fail"},
		},
	},
	{
		name: "according to after a whole frame: its source reports the frame too",
		in:   "“She will have my name,” Grayson said, according to Frankel.",
		want: []want{
			{Speaker: "Frankel", Cue: "according to", Kind: dossier.Mixed, Content: "“She will have my name,” Grayson said"},
			{Speaker: "Grayson", Cue: "said", Kind: dossier.Direct, Content: "She will have my name,"},
		},
	},
	{
		name: "poll language: more likely to say, with a clause of its own",
		in:   "Voters were slightly more likely to say they preferred Keller to handle the port.",
		want: []want{{Speaker: "Voters", Cue: "say", Content: "they preferred Keller to handle the port"}},
	},
	{
		name: "nouns joined after a possessive stay one speaker",
		in:   "The intercepts include some members of Valdoria's military and intelligence bureaucracy speculating that special forces conducted the operation.",
		want: []want{{Speaker: "some members of Valdoria's military and intelligence bureaucracy", Cue: "speculating",
			Content: "special forces conducted the operation"}},
	},
	{
		name: "a base form after a single name is no postposed frame",
		in:   "Staff for the committee said the panel has the full, unredacted Brisk email and will address it in its report.",
		want: []want{{Speaker: "Staff for the committee", Cue: "said",
			Content: "the panel has the full, unredacted Brisk email and will address it in its report"}},
	},
	{
		name: "quotations with frames the rules used to miss",
		in:   "He doubted the casino would last: \"It won't make it,\" Roffman predicted. Said Dora Poyn, who grew up nearby, “We were all proud of him.” \"Watch out,\" tweeted another. \"People are angry,\" said Alderman Jon Ervo, who thinks the staff \"need to listen.\"\n\nDiana Bystro agreed. \"Time is running out.\"",
		want: []want{
			{Speaker: "He", Cue: "doubted", Content: "the casino would last"},
			{Speaker: "Roffman", Cue: "predicted", Kind: dossier.Direct, Content: "It won't make it,"},
			{Speaker: "Dora Poyn", Cue: "Said", Kind: dossier.Direct, Content: "We were all proud of him."},
			{Speaker: "another", Cue: "tweeted", Kind: dossier.Direct, Content: "Watch out,"},
			{Speaker: "Jon Ervo", Cue: "said", Kind: dossier.Direct, Content: "People are angry,"},
			{Speaker: "Jon Ervo", Cue: "thinks", Kind: dossier.Mixed, Content: "the staff \"need to listen.\""},
			{Speaker: "Diana Bystro", Cue: "agreed", Kind: dossier.Direct, Content: "Time is running out."},
		},
	},
	{
		name: "asides around a quotation",
		in:   "Sanders had said, “We’ll see,” when asked about it.\n\nHe won backing from Mike Lee, who declared in the debate spin room, “It is time to unite.”\n\nBeck joked, again using an accent, “Amen, brother!”\n\n“It is a way to take part,” says a source involved in the group’s creation.",
		want: []want{
			{Speaker: "Sanders", Cue: "said", Kind: dossier.Direct, Content: "We’ll see,"},
			{Speaker: "Mike Lee", Cue: "declared", Kind: dossier.Direct, Content: "It is time to unite."},
			{Speaker: "Beck", Cue: "joked", Kind: dossier.Direct, Content: "Amen, brother!"},
			{Speaker: "a source", Cue: "says", Kind: dossier.Direct, Content: "It is a way to take part,"},
		},
	},
	{
		name: "an as-frame after a clause reports that clause only; a refusal nested in speech is part of it",
		in:   "The study did not establish whether the group acted on orders, as Kessary alleges, the officials said. Valdoria said Kessary had refused to send a delegation.",
		want: []want{
			{Speaker: "the officials", Cue: "said", Content: "The study did not establish whether the group acted on orders, as Kessary alleges"},
			{Speaker: "Kessary", Cue: "alleges", Content: "the group acted on orders"},
			{Speaker: "Valdoria", Cue: "said", Content: "Kessary had refused to send a delegation"},
		},
	},
	{
		name: "a pronoun and a name speak together; a second named frame ends the first content",
		in:   "Later, he and Brafman said the case was closed. She said the port was closed and Marten said it was open.",
		want: []want{
			{Speaker: "he and Brafman", Cue: "said", Content: "the case was closed"},
			{Speaker: "She", Cue: "said", Content: "the port was closed"},
			{Speaker: "Marten", Cue: "said", Content: "it was open"},
		},
	},
	{
		name: "questions put with 'when asked'",
		in:   "When asked why, Semb replied that Marten would win. When asked whom she supported, Ms. Sherr smiled. And when asked to leave, he refused. Lynd told the council when asked last month about the inquiry that agents handled it. When asked for his position during an interview, Marten said it was under discussion.",
		want: []want{
			{Speaker: "-", Cue: "asked", Content: "why"},
			{Speaker: "Semb", Cue: "replied", Content: "Marten would win"},
			{Speaker: "-", Cue: "asked", Content: "whom she supported"},
			{Speaker: "-", Cue: "asked", Content: "to leave"},
			{Speaker: "-", Cue: "asked", Content: "the inquiry"},
			{Speaker: "Lynd", Cue: "told", Content: "agents handled it"},
			{Speaker: "-", Cue: "asked for", Content: "his position"},
			{Speaker: "Marten", Cue: "said", Content: "it was under discussion"},
		},
	},
	{
		name: "a second frame with a subject of its own ends the first content",
		in:   "He said he would run next week, and other party leaders said he would win. Marten said rebels hacked the computers and she accused the council of silence. She said the port was closed and the ships stayed home.",
		want: []want{
			{Speaker: "He", Cue: "said", Content: "he would run next week"},
			{Speaker: "other party leaders", Cue: "said", Content: "he would win"},
			{Speaker: "Marten", Cue: "said", Content: "rebels hacked the computers"},
			{Speaker: "she", Cue: "accused", Content: "the council of silence"},
			{Speaker: "She", Cue: "said", Content: "the port was closed and the ships stayed home"},
		},
	},
	{
		name: "a phrase that opens the reported clause; a subordinate clause with a time before its subject",
		in:   "Pence said in politics it takes time to build trust. Although in September she said the account was a mistake, she later changed course.",
		want: []want{
			{Speaker: "Pence", Cue: "said", Content: "in politics it takes time to build trust"},
			{Speaker: "she", Cue: "said", Content: "the account was a mistake"},
		},
	},
	{
		name: "more poll speakers and answers",
		in:   "All but two said the party should act. Six in 10 say he is decisive, after half said so in the earlier poll.",
		want: []want{
			{Speaker: "All but two", Cue: "said", Content: "the party should act"},
			{Speaker: "Six in 10", Cue: "say", Content: "he is decisive"},
			{Speaker: "half", Cue: "said", Content: "so"},
		},
	},
	{
		name: "a statement put out before a colon, its quotation after it or in the next paragraph",
		in:   "Marten released a statement: “We will rebuild.”\n\nKeller issued the following statement:\n\n“We mourn the victims.”",
		want: []want{
			{Speaker: "Marten", Cue: "released a statement", Kind: dossier.Direct, Content: "We will rebuild."},
			{Speaker: "Keller", Cue: "issued the following statement", Kind: dossier.Direct, Content: "We mourn the victims."},
		},
	},
	{
		name: "an addressee with a relative clause before the quotation; 'when asked … if' after a postposed frame",
		in:   "But, she told the mayors who gathered in Korvel, “no one should doubt us.” \"Absolutely,\" he said when asked by a reporter if that remained his view.",
		want: []want{
			{Speaker: "she", Cue: "told", Kind: dossier.Direct, Content: "no one should doubt us."},
			{Speaker: "he", Cue: "said", Kind: dossier.Direct, Content: "Absolutely,"},
			{Speaker: "a reporter", Cue: "asked", Content: "if that remained his view"},
		},
	},
	{
		name: "a verb the lexicon does not know before a colon and a quotation",
		in:   "Then the senator riffed: \"Let me help you out.\" Fallon shot back: “You play a contrarian.”",
		want: []want{
			{Speaker: "the senator", Cue: "riffed", Kind: dossier.Direct, Content: "Let me help you out."},
			{Speaker: "Fallon", Cue: "shot back", Kind: dossier.Direct, Content: "You play a contrarian."},
		},
	},
	{
		name: "an addressee's relative clause, then 'that'",
		in:   "Marten told the voters who came to the rally that he would stay.",
		want: []want{{Speaker: "Marten", Cue: "told", Content: "he would stay"}},
	},
	{
		name: "a question, then its frame",
		in:   "“Did you know it was Marten?” Todd asked the harbour master.",
		want: []want{{Speaker: "Todd", Cue: "asked", Kind: dossier.Direct, Content: "Did you know it was Marten?"}},
	},
	{
		name: "an exclamation, then its frame with a phrase after the verb",
		in:   "“Not again!” Orlen added during his appearance on the morning show.",
		want: []want{{Speaker: "Orlen", Cue: "added", Kind: dossier.Direct, Content: "Not again!"}},
	},
	{
		name: "a quotation split by an inverted frame with an aside",
		in:   "\"Ministers know how to use words,\" said Sherwin, speaking of the cabinet, \"and leave themselves room.\"",
		want: []want{{Speaker: "Sherwin", Cue: "said", Kind: dossier.Direct,
			Text: "Ministers know how to use words, and leave themselves room."}},
	},
	{
		name: "a quotation split by an inverted frame with an appositive",
		in:   "\"This was Valdoria's back yard,\" said Rafa Pentu, director of studies at the Korvel Institute, \"but no longer.\"",
		want: []want{{Speaker: "Rafa Pentu", Cue: "said", Kind: dossier.Direct, Text: "This was Valdoria's back yard, but no longer."}},
	},
	{
		name: "a quotation in a paragraph of its own is not the first piece of the next frame",
		in:   "\"We will not back down.\"\n\nMarten said:\n\n\"The port stays open.\"",
		want: []want{
			{Speaker: "-", Kind: dossier.Direct, Content: "We will not back down."},
			{Speaker: "Marten", Cue: "said", Kind: dossier.Direct, Content: "The port stays open."},
		},
	},
	{
		name: "that before a verb is the subject, not a complementiser",
		in:   "Brisk said that was a fair price for the dam.",
		want: []want{{Speaker: "Brisk", Cue: "said", Content: "that was a fair price for the dam"}},
	},
	{
		name: "an aside in dashes after that",
		in:   "Korvel now says, however, that – in his private life – he is a keen angler.",
		want: []want{{Speaker: "Korvel", Cue: "says", Content: "in his private life – he is a keen angler"}},
	},
	{
		name: "find: a thing found is no finding",
		in:   "Young graduates in Valdoria can’t find jobs that pay well. Brisk found a way to win.",
		want: nil,
	},
	{
		name: "find: a finding",
		in:   "Investigators found no evidence of sabotage. The jury found Korvel guilty.",
		want: []want{
			{Speaker: "Investigators", Cue: "found", Content: "no evidence of sabotage"},
			{Speaker: "The jury", Cue: "found", Content: "Korvel guilty"},
		},
	},
	{
		name: "by a time of day is no agent",
		in:   "Two workers were hurt, according to the operator. No deaths had been reported by mid-morning.",
		want: []want{{Speaker: "the operator", Cue: "according to", Content: "Two workers were hurt"}},
	},
	{
		name: "continue before an infinitive reports nothing",
		in:   "As the movement continues to battle against the party, Brisk gained ground, Korvel conceded.",
		want: []want{{Speaker: "Korvel", Cue: "conceded", Content: "As the movement continues to battle against the party, Brisk gained ground"}},
	},
	{
		name: "continue still frames a quotation",
		in:   "Brisk continued: “We will win.”",
		want: []want{{Speaker: "Brisk", Cue: "continued", Kind: dossier.Direct, Content: "We will win."}},
	},
	{
		name: "reduced relative after the content: the speaker follows the noun",
		in:   "The minister blamed Ostrel for the blast, a charge Ostrel denied.",
		want: []want{
			{Speaker: "Ostrel", Cue: "denied", Kind: dossier.Indirect},
			{Speaker: "The minister", Cue: "blamed", Kind: dossier.Indirect, Content: "Ostrel for the blast"},
		},
	},
	{
		name: "direct, colon",
		in:   "Keller said: “We will not back down.”",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Content: "We will not back down."}},
	},
	{
		name: "direct, comma and straight marks",
		in:   `Keller said, "We will not back down."`,
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Content: "We will not back down."}},
	},
	{
		name: "pronoun speaker",
		in:   "“We are ready for the vote,” he said.",
		want: []want{{Speaker: "he", Cue: "said", Kind: dossier.Direct, Content: "We are ready for the vote,"}},
	},
	{
		name: "quotation split by its frame in one sentence",
		in:   "“The river is rising,” she said, “and the old dam will not hold.”",
		want: []want{{Speaker: "she", Cue: "said", Kind: dossier.Direct,
			Text: "The river is rising, and the old dam will not hold."}},
	},
	{
		name: "quotation over two sentences, then a bare one going on",
		in:   "“The talks are over. Nobody came,” Ruiz told Radio Veltra. “We will try again in May.”",
		want: []want{
			{Speaker: "Ruiz", Cue: "told", Kind: dossier.Direct, Venue: "Radio Veltra", Content: "The talks are over. Nobody came,"},
			{Speaker: "Ruiz", Cue: "told", Kind: dossier.Direct, Venue: "Radio Veltra", Content: "We will try again in May."},
		},
	},
	{
		name: "quotation over two paragraphs",
		in:   "Keller said: “The port stays closed until the storm passes.\n\n“Then we will count the damage.”",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Direct,
			Content: "The port stays closed until the storm passes.\n\n“Then we will count the damage."}},
	},
	{
		name: "bare quotation with no speaker",
		in:   "The crowd fell silent.\n\n“Nobody expected this to happen here.”",
		want: []want{{Speaker: "-", Cue: "", Kind: dossier.Direct, Content: "Nobody expected this to happen here."}},
	},
	{
		name: "bare quotation in the next paragraph does not take the speaker",
		in:   "“We lost,” Keller said.\n\n“The voters have spoken.”",
		want: []want{
			{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Content: "We lost,"},
			{Speaker: "-", Kind: dossier.Direct, Content: "The voters have spoken."},
		},
	},
	{
		name: "scare quotes are no statement",
		in:   "The so-called “peace plan” was rejected by both sides in the valley.",
		want: nil,
	},
	{
		name: "indirect with that",
		in:   "Ruiz said that the port would reopen next week.",
		want: []want{{Speaker: "Ruiz", Cue: "said", Kind: dossier.Indirect, Content: "the port would reopen next week"}},
	},
	{
		name: "indirect without that, group speaker",
		in:   "Regional officials say the vaccine is safe for children.",
		want: []want{{Speaker: "Regional officials", Cue: "say", Kind: dossier.Indirect, Content: "the vaccine is safe for children"}},
	},
	{
		name: "told with addressee and time",
		in:   "Ruiz told reporters on Thursday that the talks had failed.",
		want: []want{{Speaker: "Ruiz", Cue: "told", Kind: dossier.Indirect, Venue: "reporters", Time: "on Thursday",
			Content: "the talks had failed"}},
	},
	{
		name: "denied an object, then a participle with the same speaker",
		in:   "Governor Lia Brandt has denied any role in the scandal, saying that the documents were forged.",
		want: []want{
			{Speaker: "Lia Brandt", Cue: "denied", Kind: dossier.Indirect, Content: "any role in the scandal"},
			{Speaker: "Lia Brandt", Cue: "saying", Kind: dossier.Indirect, Content: "the documents were forged"},
		},
	},
	{
		name: "postposed frame for indirect speech",
		in:   "The convoy was attacked near the border, officials told the Daily Orbit.",
		want: []want{{Speaker: "officials", Cue: "told", Kind: dossier.Indirect, Venue: "the Daily Orbit",
			Content: "The convoy was attacked near the border"}},
	},
	{
		name: "postposed according to",
		in:   "The dam cracked overnight, according to the regional water authority.",
		want: []want{{Speaker: "the regional water authority", Cue: "according to", Kind: dossier.Indirect,
			Content: "The dam cracked overnight"}},
	},
	{
		name: "according to first",
		in:   "According to police, the suspect fled north across the river.",
		want: []want{{Speaker: "police", Cue: "According to", Kind: dossier.Indirect, Content: "the suspect fled north across the river"}},
	},
	{
		name: "venue and time before the speaker",
		in:   "In an interview with Radio Veltra on Friday, Keller said the strike would end soon.",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Indirect, Venue: "Radio Veltra", Time: "on Friday",
			Content: "the strike would end soon"}},
	},
	{
		name: "in a statement",
		in:   "The shipping company said in a statement that it regretted the delay.",
		want: []want{{Speaker: "The shipping company", Cue: "said", Venue: "a statement", Content: "it regretted the delay"}},
	},
	{
		name: "on a platform",
		in:   "Keller wrote on Twitter that the vote had been rigged.",
		want: []want{{Speaker: "Keller", Cue: "wrote", Venue: "Twitter", Content: "the vote had been rigged"}},
	},
	{
		name: "mixed speech",
		in:   "Keller said the plan was “dead on arrival” in parliament.",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Mixed, Content: "the plan was “dead on arrival” in parliament"}},
	},
	{
		name: "nested speech: citing X as saying",
		in:   "Brandt defended the budget, citing Ruiz as saying that taxes would not rise.",
		want: []want{
			{Speaker: "Brandt", Cue: "defended", Content: "the budget"},
			{Speaker: "Ruiz", Cue: "saying", Content: "taxes would not rise"},
		},
	},
	{
		name: "with X saying",
		in:   "Talks stalled on Friday, with Ruiz saying that no deal was possible.",
		want: []want{{Speaker: "Ruiz", Cue: "saying", Content: "no deal was possible"}},
	},
	{
		name: "second verb of the same speaker",
		in:   "Keller speculated that the fire was arson, and denied her office was involved.",
		want: []want{
			{Speaker: "Keller", Cue: "speculated", Content: "the fire was arson"},
			{Speaker: "Keller", Cue: "denied", Content: "her office was involved"},
		},
	},
	{
		name: "inverted frame with appositive",
		in:   "“The figures are wrong,” said Tomas Ruiz, a spokesman for the ministry.",
		want: []want{{Speaker: "Tomas Ruiz", Cue: "said", Kind: dossier.Direct, Content: "The figures are wrong,"}},
	},
	{
		name: "appositive between speaker and verb",
		in:   "Lia Brandt, the governor of Orlen Province, said the roads were closed.",
		want: []want{{Speaker: "Lia Brandt", Cue: "said", Content: "the roads were closed"}},
	},
	{
		name: "utterance noun with possessor",
		in:   "Ruiz's claim that the ballots were lost was rejected by the court.",
		want: []want{{Speaker: "Ruiz", Cue: "claim", Content: "the ballots were lost was rejected by the court"}},
	},
	{
		name: "negated belief and a phrasal cue",
		in:   "Investigators have not ruled out that the fire was set on purpose. Officials do not believe it was an accident.",
		want: []want{
			{Speaker: "Investigators", Cue: "ruled out", Content: "the fire was set on purpose"},
			{Speaker: "Officials", Cue: "believe", Content: "it was an accident"},
		},
	},
	{
		name: "a question put to the speaker is not their statement",
		in:   "Asked whether the army would withdraw, Brandt stressed that no decision had been taken.",
		want: []want{
			{Speaker: "-", Cue: "Asked", Content: "whether the army would withdraw"},
			{Speaker: "Brandt", Cue: "stressed", Content: "no decision had been taken"},
		},
	},
	{
		name: "a reporting verb in an embedded question is no statement",
		in:   "Asked whether the council would back the plan, Brandt said no vote had been held.",
		want: []want{
			{Speaker: "-", Cue: "Asked", Content: "whether the council would back the plan"},
			{Speaker: "Brandt", Cue: "said", Content: "no vote had been held"},
		},
	},
	{
		name: "participles in a noun phrase end before the sentence's verb",
		in:   "Messages from officials blaming the army and wondering what happened, have reached the press.",
		want: []want{
			{Speaker: "officials", Cue: "blaming", Content: "the army"},
			{Speaker: "officials", Cue: "wondering", Content: "what happened"},
		},
	},
	{
		name: "a relative clause whose gap is the reported content",
		in:   "The bridge that Keller claims collapsed in 2019 was rebuilt by the army. It was an attack, which Orlen said targeted the port.",
		want: []want{
			{Speaker: "Keller", Cue: "claims", Content: "that Keller claims collapsed in 2019", Text: "that collapsed in 2019"},
			{Speaker: "Orlen", Cue: "said", Content: "which Orlen said targeted the port", Text: "which targeted the port"},
		},
	},
	{
		name: "a relative clause with no pronoun whose gap is the content",
		in:   "It was a probe the agency said was ongoing. Marten told reporters the agency said nothing.",
		want: []want{
			{Speaker: "the agency", Cue: "said", Content: "a probe the agency said was ongoing", Text: "a probe was ongoing"},
			{Speaker: "Marten", Cue: "told", Content: "the agency said nothing"},
		},
	},
	{
		name: "as X said",
		in:   "As Keller said on Monday, the vote will go ahead.",
		want: []want{{Speaker: "Keller", Cue: "said", Time: "on Monday", Content: "the vote will go ahead"}},
	},
	{
		name: "speaker and colon before a quotation",
		in:   "Keller: “We will not resign.”",
		want: []want{{Speaker: "Keller", Cue: ":", Kind: dossier.Direct, Content: "We will not resign."}},
	},
	{
		name: "a headline is not read",
		in:   "Mayor denies bribery claims\n\nThe mayor of Orlen said on Monday that he had taken no money.",
		want: []want{{Speaker: "The mayor of Orlen", Cue: "said", Time: "on Monday", Content: "he had taken no money"}},
	},
	{
		name: "an unbalanced mark does not hide the rest of the paragraph",
		in:   "He said “we will win the count. Officials said the count was fair.",
		want: []want{
			{Speaker: "He", Cue: "said", Kind: dossier.Mixed},
			{Speaker: "Officials", Cue: "said", Kind: dossier.Indirect, Content: "the count was fair"},
		},
	},
	{
		name: "the content stops before the frame of the next clause",
		in:   "Brandt claimed there was no new evidence but added that the inquiry would go on.",
		want: []want{
			{Speaker: "Brandt", Cue: "claimed", Content: "there was no new evidence"},
			{Speaker: "Brandt", Cue: "added", Content: "the inquiry would go on"},
		},
	},
	{
		name: "a subject closed by a comma with no appositive",
		in:   "The head of the river authority, Ana Marten, praised the work of the volunteers at the dam.",
		want: []want{{Speaker: "Ana Marten", Cue: "praised", Content: "the work of the volunteers at the dam"}},
	},
	{
		name: "an addressee with phrases of its own before that",
		in:   "Keller told a crowded hall at a hotel in Orlen on Monday that the port would reopen.",
		want: []want{{Speaker: "Keller", Cue: "told", Venue: "a crowded hall", Content: "the port would reopen"}},
	},
	{
		name: "a second frame with its own subject ends the content",
		in:   "Ruiz said the levy was fair, and he criticised the council for its delays.",
		want: []want{
			{Speaker: "Ruiz", Cue: "said", Content: "the levy was fair"},
			{Speaker: "he", Cue: "criticised", Content: "the council for its delays"},
		},
	},
	{
		name: "a coordinated verb with an auxiliary ends the content",
		in:   "Valdoria denied any involvement and has accused Kessary of staging the blast.",
		want: []want{
			{Speaker: "Valdoria", Cue: "denied", Content: "any involvement"},
			{Speaker: "Valdoria", Cue: "accused", Content: "Kessary of staging the blast"},
		},
	},
	{
		name: "a contrast in quotation marks is the speaker's",
		in:   "Marten said he had received offers, but “none of them were serious.”",
		want: []want{{Speaker: "Marten", Cue: "said", Kind: dossier.Mixed,
			Content: "he had received offers, but “none of them were serious.”"}},
	},
	{
		name: "appearance: the subject and the complement, no speaker",
		in:   "The coalition seems to be losing support in the north.",
		want: []want{{Speaker: "-", Cue: "seems", Kind: dossier.Indirect,
			Content: "The coalition seems to be losing support in the north",
			Text:    "The coalition to be losing support in the north"}},
	},
	{
		name: "expectation in the passive",
		in:   "Marten is expected to announce her cabinet on Friday.",
		want: []want{{Speaker: "-", Cue: "expected", Text: "Marten to announce her cabinet on Friday"}},
	},
	{
		name: "it appears that",
		in:   "It appears that the dam held through the night.",
		want: []want{{Speaker: "-", Cue: "appears", Content: "the dam held through the night"}},
	},
	{
		name: "appearing on a programme reports nothing",
		in:   "Marten appeared on Radio Veltra on Sunday.",
		want: nil,
	},
	{
		name: "appeared to plus a reporting verb is that verb's frame",
		in:   "Keller appeared to suggest that the vote would be delayed.",
		want: []want{{Speaker: "Keller", Cue: "suggest", Content: "the vote would be delayed"}},
	},
	{
		name: "a repeat nested in the same speaker's statement is dropped",
		in:   "The monitoring group said it had found no sign of boats near the dam, but cautioned that clouds hid the area.",
		want: []want{
			{Speaker: "The monitoring group", Cue: "said", Content: "it had found no sign of boats near the dam"},
			{Speaker: "The monitoring group", Cue: "cautioned", Content: "clouds hid the area"},
		},
	},
	{
		name: "nested speech of someone else is kept",
		in:   "Three years ago it claimed a fire at a pipeline near Halvik, officials said.",
		want: []want{
			{Speaker: "officials", Cue: "said", Content: "Three years ago it claimed a fire at a pipeline near Halvik"},
			{Speaker: "it", Cue: "claimed"},
		},
	},
	{
		name: "the object of a preposition is no subject",
		in:   "The group said images taken hours after the blast showed debris on the water.",
		want: []want{{Speaker: "The group", Cue: "said", Content: "images taken hours after the blast showed debris on the water"}},
	},
	{
		name: "the asker of a question is its speaker",
		in:   "When asked by a reporter whether the levy was fair, Keller said, “Yes.” She said so again when asked about the levy. Keller was asked, “Will you resign?”",
		want: []want{
			{Speaker: "a reporter", Cue: "asked", Content: "whether the levy was fair"},
			{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Content: "Yes."},
			{Speaker: "She", Cue: "said", Content: "so"},
			{Speaker: "-", Cue: "asked about", Content: "the levy"},
			{Speaker: "-", Cue: "asked", Kind: dossier.Direct, Content: "Will you resign?"},
		},
	},
	{
		name: "a question with an appositive ends before the answer's frame",
		in:   "Asked whether the river authority, the largest owner of dams in Orlen, would sell the plant, Keller stressed that no decision had been taken.",
		want: []want{
			{Speaker: "-", Cue: "Asked", Content: "whether the river authority, the largest owner of dams in Orlen, would sell the plant"},
			{Speaker: "Keller", Cue: "stressed", Content: "no decision had been taken"},
		},
	},
	{
		name: "an addressee before a bare clause",
		in:   "Keller told a news conference they were ready. A delegate from Orlen, Ivo Marr, told the Herald she was leaning toward Keller.",
		want: []want{
			{Speaker: "Keller", Cue: "told", Venue: "a news conference", Content: "they were ready"},
			{Speaker: "Ivo Marr", Cue: "told", Venue: "the Herald", Content: "she was leaning toward Keller"},
		},
	},
	{
		name: "a phrase and a colon before the quotation",
		in:   "She says to the voters of Orlen: “This one is for you.”",
		want: []want{{Speaker: "She", Cue: "says", Kind: dossier.Direct, Content: "This one is for you."}},
	},
	{
		name: "a frame that opens the sentence, then a comma",
		in:   "Marten says, win or lose in the primary, she is staying in the race.",
		want: []want{{Speaker: "Marten", Cue: "says", Content: "win or lose in the primary, she is staying in the race"}},
	},
	{
		name: "a relative clause's content ends before the sentence's reporting verb",
		in:   "Marten, who said the plan was vetted by lawyers, said she knew of no dispute.",
		want: []want{
			{Speaker: "Marten", Cue: "said", Content: "the plan was vetted by lawyers"},
			{Speaker: "Marten", Cue: "said", Content: "she knew of no dispute"},
		},
	},
	{
		name: "a frame after a quotation closed by a comma is postposed whatever follows",
		in:   "“We are in trouble,” Keller told a meeting being held in a church in Orlen. “We will turn it around.” “The levy is unfair,” Marten said at the market as she sat at a table between two farmers.",
		want: []want{
			{Speaker: "Keller", Cue: "told", Kind: dossier.Direct, Content: "We are in trouble,"},
			{Speaker: "Keller", Cue: "told", Kind: dossier.Direct, Content: "We will turn it around."},
			{Speaker: "Marten", Cue: "said", Kind: dossier.Direct, Content: "The levy is unfair,"},
		},
	},
	{
		name: "quoted words of a nested statement do not stop the outer one",
		in:   "The ministry said the drones were marked “for Ostrel,” Kessary's military said.",
		want: []want{
			{Speaker: "Kessary's military", Cue: "said", Kind: dossier.Mixed, Content: "The ministry said the drones were marked “for Ostrel,”"},
			{Speaker: "The ministry", Cue: "said", Kind: dossier.Mixed, Content: "the drones were marked “for Ostrel,”"},
		},
	},
	{
		name: "the speaker's appositive is no second piece; that after the frame is",
		in:   "The talks failed, said Ana Marten, director of the Orlen Nurses Union, a union that has broken away from other groups. There is a risk, some officials said, that Keller would resign.",
		want: []want{
			{Speaker: "Ana Marten", Cue: "said", Content: "The talks failed"},
			{Speaker: "some officials", Cue: "said", Text: "There is a risk Keller would resign"},
		},
	},
	{
		name: "a one-word subject before a frame set inside the clause",
		in:   "Orlen, Marten said, made her question the levy. Sorry, Keller said. Kessary, Keller said.",
		want: []want{
			{Speaker: "Marten", Cue: "said", Text: "Orlen made her question the levy"},
			{Speaker: "Keller", Cue: "said", Content: "Sorry"},
		},
	},
	{
		name: "relative clauses after the frame are no content; an age as speaker",
		in:   "“It is like a new plane,” Keller said in a documentary that showed the jet. “It is ours,” said the 46-year-old. “Nobody will stop us,” Marten said of a list that included Orlen.",
		want: []want{
			{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Venue: "a documentary", Content: "It is like a new plane,"},
			{Speaker: "the 46-year-old", Cue: "said", Kind: dossier.Direct, Content: "It is ours,"},
			{Speaker: "Marten", Cue: "said", Kind: dossier.Direct, Content: "Nobody will stop us,"},
		},
	},
	{
		name: "a poll as the source after in",
		in:   "Marten has a decisive lead in the latest Orlen Herald poll.",
		want: []want{{Speaker: "the latest Orlen Herald poll", Cue: "in", Content: "Marten has a decisive lead"}},
	},
	{
		name: "interviewed in a poll reports no finding",
		in:   "The voters were interviewed in a poll of 900 adults.",
		want: nil,
	},
	{
		name: "a transcript label runs to the end of the paragraph",
		in:   "KELLER: The floods make clear how much work we have to do. The levees are old.\n\nThe host thanked her.",
		want: []want{{Speaker: "KELLER", Cue: ":", Content: "The floods make clear how much work we have to do. The levees are old."}},
	},
	{
		name: "according to with no comma before it",
		in:   "Marten leads Keller by 40 delegates according to a count by the Orlen Herald, but Keller has vowed to fight on.",
		want: []want{
			{Speaker: "a count by the Orlen Herald", Cue: "according to", Content: "Marten leads Keller by 40 delegates"},
			{Speaker: "Keller", Cue: "vowed", Content: "to fight on"},
		},
	},
	{
		name: "according to a web address, then a colon and a quotation",
		in:   "The river rose overnight, according to orlen-news.org. According to Keller: “We are ready.”",
		want: []want{
			{Speaker: "orlen-news.org", Cue: "according to", Content: "The river rose overnight"},
			{Speaker: "Keller", Cue: "According to", Kind: dossier.Direct, Content: "We are ready."},
		},
	},
	{
		name: "a sentence adverb before a frame set off by commas",
		in:   "Otherwise, she said, the towns downstream will flood.",
		want: []want{{Speaker: "she", Cue: "said", Content: "the towns downstream will flood"}},
	},
	{
		name: "answers and plural nouns as content",
		in:   "Last month, 26 percent said the same. Marten said comments from Keller were unhelpful. Others, however, say a delay is overdue.",
		want: []want{
			{Speaker: "26 percent", Cue: "said", Content: "the same"},
			{Speaker: "Marten", Cue: "said", Content: "comments from Keller were unhelpful"},
			{Speaker: "Others", Cue: "say", Content: "a delay is overdue"},
		},
	},
	{
		name: "a possessive phrase after the frame's adjunct",
		in:   "“We will rebuild,” she said in Tuesday night's address.",
		want: []want{{Speaker: "she", Cue: "said", Kind: dossier.Direct, Content: "We will rebuild,"}},
	},
	{
		name: "a second verb after a postposed frame",
		in:   "“I am backing Keller,” she said and quickly hung up.",
		want: []want{{Speaker: "she", Cue: "said", Kind: dossier.Direct, Content: "I am backing Keller,"}},
	},
	{
		name: "an inverted speaker with a relative clause",
		in:   "“The count was fair,” said one official who spoke on condition of anonymity.",
		want: []want{{Speaker: "one official", Cue: "said", Kind: dossier.Direct, Content: "The count was fair,"}},
	},
	{
		name: "a subject with a participle phrase",
		in:   "People briefed on the talks say that the treaty is ready.",
		want: []want{{Speaker: "People briefed on the talks", Cue: "say", Content: "the treaty is ready"}},
	},
	{
		name: "a frame inside the reported clause",
		in:   "By closing the market, Ruiz said, the city saved millions.",
		want: []want{{Speaker: "Ruiz", Cue: "said", Text: "By closing the market the city saved millions"}},
	},
	{
		name: "a conditional clause opens the reported clause",
		in:   "Keller said if elected she would close the old mine.",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Indirect, Content: "if elected she would close the old mine"}},
	},
	{
		name: "an embedded question after a negated say",
		in:   "The ministry would not say if Ruiz had been questioned by the police.",
		want: []want{{Speaker: "The ministry", Cue: "say", Kind: dossier.Indirect, Content: "if Ruiz had been questioned by the police"}},
	},
	{
		name: "no content from an adjunct 'if'",
		in:   "“We will see,” Keller said if asked.",
		want: []want{{Speaker: "Keller", Cue: "said", Kind: dossier.Direct, Content: "We will see,"}},
	},
	{
		name: "an adjective in -ed after the preposition of a cue",
		in:   "Valdoria's finance minister has called for increased spending on the northern railway.",
		want: []want{{Speaker: "Valdoria's finance minister", Cue: "called for", Kind: dossier.Indirect, Content: "increased spending on the northern railway"}},
	},
	{
		name: "a quantifier on its own as the subject",
		in:   "Most believe that the northern railway will never be finished.",
		want: []want{{Speaker: "Most", Cue: "believe", Kind: dossier.Indirect, Content: "the northern railway will never be finished"}},
	},
	{
		name: "no statement from a quantifier before a noun",
		in:   "Many claims about the railway were false.",
		want: nil,
	},
	{
		name: "a wish about someone else: object and infinitive",
		in:   "The farmers of Korvel want the council to reopen the northern railway.",
		want: []want{{Speaker: "The farmers of Korvel", Cue: "want", Kind: dossier.Indirect, Content: "the council to reopen the northern railway"}},
	},
	{
		name: "an object in a relative clause ends before the main verb",
		in:   "Half of the farmers who support Anna Brisk are under forty.",
		want: []want{{Speaker: "Half of the farmers", Cue: "support", Kind: dossier.Indirect, Content: "Anna Brisk"}},
	},
	{
		name: "plural nouns that look like reporting verbs",
		in:   "Brisk is campaigning in the north, states that vote in May. Federal rules forbid spending the money.",
		want: nil,
	},
	{
		name: "states with a that-clause",
		in:   "The memo states that the railway will close in May.",
		want: []want{{Speaker: "The memo", Cue: "states", Kind: dossier.Indirect, Content: "the railway will close in May"}},
	},
	{
		name: "a verb form after a determiner is a noun inside the speaker's phrase",
		in:   "A source familiar with the plans of Anna Brisk said the railway would close.",
		want: []want{{Speaker: "A source familiar with the plans of Anna Brisk", Cue: "said", Content: "the railway would close"}},
	},
	{
		name: "a gerund after a possessive is a noun",
		in:   "Another source familiar with Korvel’s thinking said the railway would close.",
		want: []want{{Speaker: "Another source familiar with Korvel’s thinking", Cue: "said", Content: "the railway would close"}},
	},
	{
		name: "a quotation goes on; a journey does not",
		in:   "“This is nonsense,” he went on. Brisk went on national television. As the day went on, Korvel left.",
		want: []want{{Speaker: "he", Cue: "went on", Kind: dossier.Direct, Content: "This is nonsense,"}},
	},
	{
		name: "a light verb with a noun of attitude",
		in:   "Marine Korvel voiced support for the levy on imports. The minister threw his support behind Anna Brisk. She expressed concern that the dam would fail.",
		want: []want{
			{Speaker: "Marine Korvel", Cue: "voiced support for", Kind: dossier.Indirect, Content: "the levy on imports"},
			{Speaker: "The minister", Cue: "threw his support behind", Kind: dossier.Indirect, Content: "Anna Brisk"},
			{Speaker: "She", Cue: "expressed concern", Kind: dossier.Indirect, Content: "the dam would fail"},
		},
	},
	{
		name: "questions raised by events are nobody's",
		in:   "The clash raised serious doubts about whether the council will act. The Korvel farmers raised questions about the count.",
		want: []want{{Speaker: "The Korvel farmers", Cue: "raised questions about", Kind: dossier.Indirect, Content: "the count"}},
	},
	{
		name: "long in a verb group",
		in:   "Reid, who has long said that the dam is safe, stayed home.",
		want: []want{{Speaker: "Reid", Cue: "said"}},
	},
	{
		name: "a phrase set off by commas or dashes before that",
		in:   "Varn said, in a letter to the council, that the port was safe. Keller said — on the radio — that the vote was fair.",
		want: []want{
			{Speaker: "Varn", Cue: "said", Kind: dossier.Indirect, Content: "the port was safe"},
			{Speaker: "Keller", Cue: "said", Kind: dossier.Indirect, Content: "the vote was fair"},
		},
	},
	{
		name: "verbs of judging out loud",
		in:   "Anna Brisk lashed out at the council over the railway. Korvel disavowed the leaflets. The mayor portrayed Brisk as a threat to the port.",
		want: []want{
			{Speaker: "Anna Brisk", Cue: "lashed out at", Kind: dossier.Indirect, Content: "the council over the railway"},
			{Speaker: "Korvel", Cue: "disavowed", Kind: dossier.Indirect, Content: "the leaflets"},
			{Speaker: "The mayor", Cue: "portrayed", Kind: dossier.Indirect, Content: "Brisk as a threat to the port"},
		},
	},
	{
		name: "a quantity with about before it",
		in:   "About four in 10 Korvel voters said the port was safe. About half of the farmers say the railway is too slow.",
		want: []want{
			{Speaker: "About four in 10 Korvel voters", Cue: "said", Content: "the port was safe"},
			{Speaker: "About half of the farmers", Cue: "say", Content: "the railway is too slow"},
		},
	},
	{
		name: "a slash between two names in the speaker",
		in:   "The latest Herald/Korvel poll found that Brisk leads.",
		want: []want{{Speaker: "The latest Herald/Korvel poll", Cue: "found", Content: "Brisk leads"}},
	},
	{
		name: "knowing what, how, if",
		in:   "Brisk knows how the port works.",
		want: []want{{Speaker: "Brisk", Cue: "knows", Content: "how the port works"}},
	},
	{
		name: "an addressee with phrases of its own before that",
		in:   "Wilson told The Herald newspaper of Korvel on Saturday that he voted for Brisk. Brisk told Anna not to worry.",
		want: []want{
			{Speaker: "Wilson", Cue: "told", Kind: dossier.Indirect, Content: "he voted for Brisk"},
			{Speaker: "Brisk", Cue: "told", Kind: dossier.Indirect, Content: "not to worry"},
		},
	},
	{
		name: "attitudes to people and plans",
		in:   "Many farmers distrust the council. Korvel regretted that the port had closed. Brisk outlined a plan to reopen the railway.",
		want: []want{
			{Speaker: "Many farmers", Cue: "distrust", Kind: dossier.Indirect, Content: "the council"},
			{Speaker: "Korvel", Cue: "regretted", Kind: dossier.Indirect, Content: "the port had closed"},
			{Speaker: "Brisk", Cue: "outlined", Kind: dossier.Indirect, Content: "a plan to reopen the railway"},
		},
	},
	{
		name: "laughing frames only a quotation",
		in:   "“Not again,” Keller laughed. When the vote was counted, Brisk laughed.",
		want: []want{{Speaker: "Keller", Cue: "laughed", Kind: dossier.Direct, Content: "Not again,"}},
	},
	{
		name: "a person backed or judged, by pronoun; a quantity of a possessive phrase",
		in:   "Both of his senators strongly supported him. Brisk denied it.",
		want: []want{{Speaker: "Both of his senators", Cue: "supported", Kind: dossier.Indirect, Content: "him"}},
	},
	{
		name: "a poll named before the clause it found",
		in:   "In a Valdoria Times poll released Monday, 50 percent of respondents chose Brisk. In the polls, Korvel leads.",
		want: []want{{Speaker: "a Valdoria Times poll released Monday", Cue: "In", Kind: dossier.Indirect, Content: "50 percent of respondents chose Brisk"}},
	},
	{
		name: "no poll in particular",
		in:   "Korvel has a slight lead in the polls over Brisk.",
		want: nil,
	},
	{
		name: "speaking out, weighing in, opening up, making clear",
		in:   "Brisk spoke out against the levy. Korvel weighed in on the vote. She opened up about her illness. They opened the port. Keller made it clear that she would not resign.",
		want: []want{
			{Speaker: "Brisk", Cue: "spoke out against", Kind: dossier.Indirect, Content: "the levy"},
			{Speaker: "Korvel", Cue: "weighed in on", Kind: dossier.Indirect, Content: "the vote"},
			{Speaker: "She", Cue: "opened up about", Kind: dossier.Indirect, Content: "her illness"},
			{Speaker: "Keller", Cue: "made it clear", Kind: dossier.Indirect, Content: "she would not resign"},
		},
	},
	{
		name: "a word in -ing before the head of a postposed subject",
		in:   "More than half of the money arrived in May, new fundraising reports show.",
		want: []want{{Speaker: "new fundraising reports", Cue: "show", Kind: dossier.Indirect, Content: "More than half of the money arrived in May"}},
	},
	{
		name: "asked someone which or if",
		in:   "Earhardt then asked Korvel which states he could win. He asked workers if they planned to vote.",
		want: []want{
			{Speaker: "Earhardt", Cue: "asked", Kind: dossier.Indirect, Content: "which states he could win"},
			{Speaker: "He", Cue: "asked", Kind: dossier.Indirect, Content: "if they planned to vote"},
		},
	},
	{
		name: "a description of the source after according to is not content",
		in:   "The port made $1.6 billion in 2015, according to Ivo Marr, an analyst at Korvel Research.",
		want: []want{{Speaker: "Ivo Marr", Cue: "according to", Kind: dossier.Indirect, Content: "The port made $1.6 billion in 2015"}},
	},
	{
		name: "idioms of stance",
		in:   "Brisk took issue with the plan. Korvel made the case that the port should close. The mayor cast doubt on the count.",
		want: []want{
			{Speaker: "Brisk", Cue: "took issue with", Kind: dossier.Indirect, Content: "the plan"},
			{Speaker: "Korvel", Cue: "made the case", Kind: dossier.Indirect, Content: "the port should close"},
			{Speaker: "The mayor", Cue: "cast doubt on", Kind: dossier.Indirect, Content: "the count"},
		},
	},
	{
		name: "an adverb after an appositive is not the subject",
		in:   "Ruiz, the former governor, also attacked Keller, calling him a “coward.”",
		want: []want{
			{Speaker: "Ruiz", Cue: "attacked", Kind: dossier.Indirect, Content: "Keller"},
			{Speaker: "Ruiz", Cue: "calling", Kind: dossier.Mixed, Content: "him a “coward.”"},
		},
	},
	{
		name: "a short adjunct between the subject and the verb; a name with a verb and a conjunction as addressee",
		in:   "Sexton, after the rally in Orlen, wrote that he would not be surprised. Wilson told The Post and Courier of Korvel on Saturday that he voted for Brisk. The budget office said about half of the gap reflected lost revenue.",
		want: []want{
			{Speaker: "Sexton", Cue: "wrote", Kind: dossier.Indirect, Content: "he would not be surprised"},
			{Speaker: "Wilson", Cue: "told", Kind: dossier.Indirect, Content: "he voted for Brisk"},
			{Speaker: "The budget office", Cue: "said", Kind: dossier.Indirect, Content: "about half of the gap reflected lost revenue"},
		},
	},
	{
		name: "a phrase after a verb in -ed is no subject",
		in:   "The farmers who cared most about the port supported Brisk.",
		want: nil,
	},
	{
		name: "a frame in a restrictive relative clause ends before the sentence's verb",
		in:   "Voters who say the port is the most important issue were evenly divided.",
		want: []want{{Speaker: "Voters", Cue: "say", Kind: dossier.Indirect, Content: "the port is the most important issue"}},
	},
	{
		name: "a passive with its agent is the agent's stance",
		in:   "The railway bill, opposed by the Korvel farmers, never became law. The plan was criticized by the council.",
		want: []want{
			{Speaker: "the Korvel farmers", Cue: "opposed", Kind: dossier.Indirect, Content: "The railway bill"},
			{Speaker: "the council", Cue: "criticized", Kind: dossier.Indirect, Content: "The plan"},
		},
	},
	{
		name: "rejected with an object",
		in:   "Brisk rejected the idea that the port was closed.",
		want: []want{{Speaker: "Brisk", Cue: "rejected", Kind: dossier.Indirect, Content: "the idea that the port was closed"}},
	},
	{
		name: "a participle between the subject and its verb",
		in:   "The Herald, citing internal documents, reported that the port is losing money.",
		want: []want{
			{Speaker: "The Herald", Cue: "citing", Kind: dossier.Indirect, Content: "internal documents"},
			{Speaker: "The Herald", Cue: "reported", Kind: dossier.Indirect, Content: "the port is losing money"},
		},
	},
	{
		name: "an addressee before a subordinate clause",
		in:   "This is not about me, Brisk told his closest advisers as he left the hall.",
		want: []want{{Speaker: "Brisk", Cue: "told", Kind: dossier.Indirect, Content: "This is not about me"}},
	},
	{
		name: "repeating and promising a noun phrase",
		in:   "Brisk repeated her promise to repeal the levy. Korvel promised a port open to all.",
		want: []want{
			{Speaker: "Brisk", Cue: "repeated", Kind: dossier.Indirect, Content: "her promise to repeal the levy"},
			{Speaker: "Korvel", Cue: "promised", Kind: dossier.Indirect, Content: "a port open to all"},
		},
	},
	{
		name: "expecting someone to do something",
		in:   "The farmers' union expects 5,000 to attend the rally.",
		want: []want{{Speaker: "The farmers' union", Cue: "expects", Kind: dossier.Indirect, Content: "5,000 to attend the rally"}},
	},
	{
		name: "a label with a parenthesis before the colon; a name ending in a label word",
		in:   "Rep. Ana Marr (R-Valdor): “I have not heard anyone cite that figure.”\n\nKorvel Watch: Ministry Hid Key Port Email For Years.",
		want: []want{
			{Speaker: "Ana Marr", Cue: ":", Kind: dossier.Direct, Content: "I have not heard anyone cite that figure."},
			{Speaker: "Korvel Watch", Cue: ":", Kind: dossier.Indirect, Content: "Ministry Hid Key Port Email For Years"},
		},
	},
	{
		name: "a text reads a quotation",
		in:   "“Korvel must resign,” the editorial read. She read that the railway had closed.",
		want: []want{{Speaker: "the editorial", Cue: "read", Kind: dossier.Direct, Content: "Korvel must resign,"}},
	},
}

func TestExtract(t *testing.T) {
	for _, c := range extractCases {
		t.Run(c.name, func(t *testing.T) {
			doc := text.NewDoc(c.in)
			got := Extract(doc)
			if len(got) != len(c.want) {
				t.Fatalf("got %d statements, want %d:\n%s", len(got), len(c.want), dump(doc.Text, got))
			}
			for i, w := range c.want {
				checkStatement(t, doc.Text, got[i], w)
			}
		})
	}
}

// checkStatement compares one statement with what is wanted, and checks
// that every span holds the text it claims.
func checkStatement(t *testing.T, s string, st dossier.Statement, w want) {
	t.Helper()
	if w.Speaker == "-" && (st.SpeakerText != "" || st.SpeakerSpan != (dossier.Span{})) {
		t.Errorf("speaker = %q, want none", st.SpeakerText)
	} else if w.Speaker != "" && w.Speaker != "-" && st.SpeakerText != w.Speaker {
		t.Errorf("speaker = %q, want %q", st.SpeakerText, w.Speaker)
	}
	if w.Cue != "" && st.Cue != w.Cue {
		t.Errorf("cue = %q, want %q", st.Cue, w.Cue)
	}
	if w.Kind != "" && st.Kind != w.Kind {
		t.Errorf("kind = %q, want %q", st.Kind, w.Kind)
	}
	if w.Content != "" && st.Content.Of(s) != w.Content {
		t.Errorf("content = %q, want %q", st.Content.Of(s), w.Content)
	}
	if w.Text != "" && st.Text != w.Text {
		t.Errorf("text = %q, want %q", st.Text, w.Text)
	}
	if w.Venue != "" && st.Venue != w.Venue {
		t.Errorf("venue = %q, want %q", st.Venue, w.Venue)
	}
	if w.Time != "" && st.TimeText != w.Time {
		t.Errorf("time = %q, want %q", st.TimeText, w.Time)
	}
	checkSpans(t, s, st)
}

// checkSpans checks the invariants every statement keeps: spans inside
// the text, texts that are what their spans cover, a sentence that holds
// the content.
func checkSpans(t *testing.T, s string, st dossier.Statement) {
	t.Helper()
	for _, p := range []struct {
		name string
		sp   dossier.Span
		text string
	}{
		{"speaker", st.SpeakerSpan, st.SpeakerText},
		{"cue", st.CueSpan, st.Cue},
		{"venue", st.VenueSpan, st.Venue},
		{"time", st.TimeSpan, st.TimeText},
	} {
		if p.sp.Start < 0 || p.sp.End > len(s) || p.sp.Start > p.sp.End {
			t.Errorf("%s span %v out of the text", p.name, p.sp)
		} else if p.sp.Of(s) != p.text {
			t.Errorf("%s = %q but its span holds %q", p.name, p.text, p.sp.Of(s))
		}
	}
	if st.Content.End <= st.Content.Start || st.Content.End > len(s) || st.Text == "" {
		t.Errorf("empty or bad content %v %q", st.Content, st.Text)
	}
	if st.Sentence.Start > st.Content.Start || st.Sentence.End < st.Content.End {
		t.Errorf("sentence %v does not hold content %v", st.Sentence, st.Content)
	}
	if st.Speaker != "" || st.When != "" || st.ID != "" || st.Article != "" {
		t.Errorf("fields for other layers are set: %+v", st)
	}
}

func dump(s string, sts []dossier.Statement) string {
	var b strings.Builder
	for _, st := range sts {
		b.WriteString("  [" + string(st.Kind) + "] " + st.SpeakerText + " | " + st.Cue + " | " + st.Text + "\n")
	}
	return b.String()
}

func TestExtractEmpty(t *testing.T) {
	if got := Extract(nil); got != nil {
		t.Errorf("Extract(nil) = %v", got)
	}
	if got := Extract(text.NewDoc("")); got != nil {
		t.Errorf("Extract(empty) = %v", got)
	}
	if got := Extract(text.NewDoc("“")); len(got) != 0 {
		t.Errorf("Extract(lone mark) = %v", got)
	}
}

func TestSpeakerPhrases(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kremlin spokesman Ivo Marr said the talks had failed.", "Kremlin spokesman Ivo Marr"},
		{"Lia Brandt, the governor of Orlen Province, said the roads were closed.", "Lia Brandt, the governor of Orlen Province"},
		{"“The figures are wrong,” said Tomas Ruiz, a spokesman for the ministry.", "Tomas Ruiz, a spokesman for the ministry"},
		{"Lia Brandt, who runs the port, said the roads were closed.", "Lia Brandt, who runs the port"},
		{"“The roads are closed,” said Lia Brandt, wearing a hat.", "Lia Brandt"},
		{"“We are ready,” he said.", "he"},
		{"Marten and his lawyers said the ruling was unjust.", "Marten and his lawyers"},
		{"Kessary, Valdoria and other neighbours said the river was safe.", "Kessary, Valdoria and other neighbours"},
		{"This weekend, Marten said the river was safe.", "Marten"},
		{"A senior adviser, Ivo Marr, said the river was safe.", "A senior adviser, Ivo Marr"},
	}
	for _, c := range cases {
		doc := text.NewDoc(c.in)
		sts := Extract(doc)
		if len(sts) != 1 {
			t.Errorf("%q: %d statements", c.in, len(sts))
			continue
		}
		got := SpeakerPhrases(doc, sts)
		if got[0].Of(doc.Text) != c.want {
			t.Errorf("%q: phrase %q, want %q", c.in, got[0].Of(doc.Text), c.want)
		}
	}
	if got := SpeakerPhrases(nil, nil); len(got) != 0 {
		t.Errorf("SpeakerPhrases(nil) = %v", got)
	}
}
