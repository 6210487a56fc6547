// Package story groups articles that report one real-world event into
// stories, across outlets, as the articles arrive.
//
// A Clusterer reads articles one at a time, in arrival (publication) order,
// and puts each into the best existing story or starts a new one: single-pass
// incremental clustering, as news systems do it at firehose scale. Each
// article is scored against a few candidate stories only, which an inverted
// index over the stories' leading terms and names supplies, so the cost of an
// article does not grow with the number of stories already seen. The score
// is the weighted mean of three cosine similarities, times two factors:
//
//   - names: who and where (the names the analysis found, or runs of
//     capitalised words when there is no analysis), as TF-IDF vectors. Two
//     events of one kind (two earthquakes, two celebrity rehab stays) share
//     their vocabulary but not their names;
//   - key terms: TF-IDF over the words, with document frequencies learned
//     as the articles arrive, headline words weighted up and the lead
//     weighted more than the tail, where news puts what happened;
//   - headline: the headline's terms against the story's headlines;
//   - people: naming the same people (surnames) raises the score, naming
//     only others lowers it;
//   - time: when both dates are known, a story whose articles are days away
//     from the article's date scores less; when either is unknown, the
//     weekday, month and year that the headlines and leads name stand in,
//     and when they name none, time neither helps nor hurts.
//
// A young story must be matched more closely than an established one
// (Options.SeedMargin): an article of another event joined to a story's
// first article mixes the two for good. Stories whose centroids converge
// as later articles join them are merged. Stories that have stopped
// growing, in article time, leave the index, so that memory stays bounded;
// their summaries stay.
//
// NearDup finds wire copies and republished texts with a 64-bit SimHash over
// word shingles. The Clusterer uses it so that a copy joins its original's
// story without counting again as evidence (it changes neither the story's
// centroid nor the document frequencies); CopyOf tells later layers which
// article a copy repeats.
//
// See docs/stories.md for the method, the parameters and the scores on
// ECB+.
package story
