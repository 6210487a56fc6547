// Package quote finds reported speech in news text: who said what, with
// which reporting verb, where and when. It is the statements layer of the
// analysis; it reads the tokens, sentences, paragraphs and quotations of
// package text and returns dossier.Statement values whose spans point into
// the article.
//
// The extractor is a set of rules over tokens, not a trained model: a
// lexicon of about 370 reporting verbs with their inflections and what each
// takes as a complement (a that-clause, an addressee, a noun phrase, a
// to-infinitive), a lexicon of nouns that name an utterance ("Russia's
// claim that ..."), and the closed word classes of English that mark where
// a noun phrase or a clause begins and ends. With them it recognises
//
//   - direct speech: a quotation with its frame before, after or inside it
//     (“…,” Marten told CNN. / Orlov said: “…” / “…,” she said, “…”), a
//     quotation over several sentences or paragraphs, and a bare quotation
//     that goes on from a framed one in the same paragraph;
//   - indirect speech: X said (that) …, X told CNN …, X denied …, … ,
//     sources said. / according to X, … / X's assessment that … / …,
//     saying that … / citing X as saying … / with X saying …;
//   - mixed speech: indirect speech with quoted words in it.
//
// It never guesses: a quotation whose speaker the text does not give is
// kept with an empty speaker, and Speaker (the entity ID) is always left
// empty for the entity layer to fill from SpeakerSpan. Short quoted
// fragments in narration (scare quotes, titles) are not statements.
//
// SpeakerPhrases widens a statement's speaker, which Extract cuts to the
// name ("Ivan Orlov"), to the noun phrase the article writes
// ("Kremlin spokesperson Ivan Orlov").
//
// Extract is linear in the length of the document: every rule looks at a
// bounded window of tokens around a reporting word, and the lexicon is
// read once per token. docs/statements.md describes the rules and their
// scores on PolNeAR.
package quote
