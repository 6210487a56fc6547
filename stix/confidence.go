package stix

// likelihoodConfidence maps each ICD 203 likelihood term to its value on
// the "DNI scale" of the STIX 2.1 appendix on confidence scales, the
// scale STIX defines for exactly these estimative terms: the value a
// producer writes in `confidence` for a judgement stated with that term.
var likelihoodConfidence = map[string]int{
	"almost no chance":    5,
	"very unlikely":       15,
	"unlikely":            30,
	"roughly even chance": 50,
	"likely":              70,
	"very likely":         85,
	"almost certain":      95,
}

// Confidence returns the STIX confidence value (0–100) of an ICD 203
// likelihood term on the DNI scale, and false for "" or a term outside
// ICD 203. A confidence level (low, moderate, high) is not a likelihood
// and has no value here: it is exported beside, never folded in.
func Confidence(likelihood string) (int, bool) {
	v, ok := likelihoodConfidence[likelihood]
	return v, ok
}
