//go:build race

package certainty

// raceEnabled is set under the race detector, which makes sync.Pool drop
// what it holds at random and so makes allocation counts meaningless.
const raceEnabled = true
