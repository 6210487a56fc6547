package stix

import (
	"regexp"
	"testing"
	"time"
)

func TestUUID5(t *testing.T) {
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	tests := []struct {
		ns   [16]byte
		name string
		want string
	}{
		// The example of Python's uuid module documentation.
		{dns, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"},
		// Namespace is what its comment says it is.
		{namespaceURL, "urn:dossier:stix", "7a4f0fd4-bdeb-5114-8bb5-5d652896da91"},
	}
	for _, tt := range tests {
		if got := uuid5(tt.ns, tt.name); got != tt.want {
			t.Errorf("uuid5(%x, %q) = %s, want %s", tt.ns, tt.name, got, tt.want)
		}
	}
	if got := format(Namespace); got != uuid5(namespaceURL, "urn:dossier:stix") {
		t.Errorf("Namespace is %s, not its derivation", got)
	}
}

func format(u [16]byte) string {
	const hex = "0123456789abcdef"
	var out []byte
	for i, b := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hex[b>>4], hex[b&15])
	}
	return string(out)
}

func TestID(t *testing.T) {
	// The identifier pattern of the STIX schemas: a version 1–5 UUID of
	// the RFC 4122 variant.
	pattern := regexp.MustCompile(`^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$`)
	tests := []struct{ typ, key string }{
		{"identity", "entity|anna-lind"},
		{"note", "statement|a1-s1"},
		{"report", ""},
	}
	for _, tt := range tests {
		id := ID(tt.typ, tt.key)
		if !pattern.MatchString(id) || id != ID(tt.typ, tt.key) {
			t.Errorf("ID(%q, %q) = %s", tt.typ, tt.key, id)
		}
	}
	if ID("note", "claim|x") == ID("note", "statement|x") || ID("note", "x")[len("note--"):] == ID("report", "x")[len("report--"):] {
		t.Error("different keys share an identifier")
	}
}

func TestTimestamp(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2024, 4, 2, 10, 30, 0, 0, time.FixedZone("CEST", 2*3600)), "2024-04-02T08:30:00.000Z"},
		{time.Date(2024, 4, 2, 10, 30, 5, 123456789, time.UTC), "2024-04-02T10:30:05.123Z"},
		{Epoch, "2021-06-10T00:00:00.000Z"},
	}
	for _, tt := range tests {
		if got := timestamp(tt.t); got != tt.want {
			t.Errorf("timestamp(%v) = %s, want %s", tt.t, got, tt.want)
		}
	}
}
