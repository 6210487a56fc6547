//go:build !race

package certainty

const raceEnabled = false
