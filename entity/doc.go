// Package entity finds the people, organisations, places and groups that
// news copy names: a gazetteer of countries and their capitals, demonyms
// and government metonyms; an averaged-perceptron BIO tagger trained on
// open corpora; and rules for what news needs on top of it (titles before
// names, anonymous and collective sources, "the Kremlin" for Russia).
package entity
