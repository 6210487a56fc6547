// Package claim finds responsibility claims in an analysed article: who
// says that whom was, or was not, responsible for the story's incident,
// and how sure they say they are.
//
// A claim has a holder (who asserts it: a speaker of a statement, the
// subject of a "believe that" or "blamed" inside one, or the outlet in its
// own voice), an agent (who is said to be responsible), a polarity ("+"
// responsible, "-" not), the event it concerns as the article words it, an
// ICD 203 likelihood term and, kept apart, a stated confidence level.
//
// Extraction is a lexicon of responsibility predicates matched on the
// tokens of package text ("was behind", "carried out", "had nothing to do
// with", "claimed responsibility for", "blamed Y for", "a false-flag
// operation", "decisions are made in X" ...) with rules that find, for
// each, the agent's noun phrase, the event, the negation, and the frame
// that holds it ("denied", "have not ruled out", "it is unlikely that",
// "a US assessment that"). Statements from package quote supply the
// holders of what they report; entities from package entity supply the
// agents, and entity.Ensure adds those the mention layer did not name ("a
// Valdorian group", "non-state actors"). No regular expressions and no
// model: a claim can always be traced to the words that made it.
//
// The conventions (holder, agent, polarity, certainty) are documented in
// docs/claims.md; the main ones:
//
//   - a low likelihood term of the wording ("unlikely", "very unlikely",
//     "almost no chance") makes the claim negative and keeps the term:
//     "it is unlikely that X ordered the attack" is X, "-", "unlikely";
//   - a negation inside the claim keeps its own term: "likely not a
//     false flag" is "-", "likely";
//   - "ruled out that X did it" is "-", "almost no chance"; "has not ruled
//     out that X did it" is "+", "roughly even chance";
//   - a false-flag allegation names the stager as agent: the party said to
//     have staged the incident against itself.
package claim
