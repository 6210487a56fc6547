package stix

import (
	"crypto/sha1"
	"encoding/hex"
	"time"
)

// Namespace is the UUID namespace of every identifier this package makes:
// 7a4f0fd4-bdeb-5114-8bb5-5d652896da91, the name-based (version 5) UUID
// of "urn:dossier:stix" in the URL namespace of RFC 4122. It is not the
// namespace STIX reserves for cyber observables (00abedb4-…), which
// producers of other objects must not use.
var Namespace = [16]byte{
	0x7a, 0x4f, 0x0f, 0xd4, 0xbd, 0xeb, 0x51, 0x14,
	0x8b, 0xb5, 0x5d, 0x65, 0x28, 0x96, 0xda, 0x91,
}

// namespaceURL is the URL namespace of RFC 4122, appendix C.
var namespaceURL = [16]byte{
	0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
	0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
}

// uuid5 returns the name-based UUID (RFC 4122 version 5, SHA-1) of name in
// the namespace ns, in its canonical textual form.
func uuid5(ns [16]byte, name string) string {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	var buf [36]byte
	hex.Encode(buf[0:8], u[0:4])
	buf[8] = '-'
	hex.Encode(buf[9:13], u[4:6])
	buf[13] = '-'
	hex.Encode(buf[14:18], u[6:8])
	buf[18] = '-'
	hex.Encode(buf[19:23], u[8:10])
	buf[23] = '-'
	hex.Encode(buf[24:], u[10:])
	return string(buf[:])
}

// ID returns the STIX identifier of an object of type typ with the stable
// key key: "typ--" followed by the version 5 UUID of "typ|key" in
// Namespace. The same type and key always give the same identifier, so
// that two exports of one dossier are byte-identical and a platform that
// imports both merges their objects.
func ID(typ, key string) string {
	return typ + "--" + uuid5(Namespace, typ+"|"+key)
}

// Epoch is the created and modified time of the objects that stand outside
// any one article — the producer, the outlets, the actors and their
// affiliations — and the last resort for an object whose date nothing in
// the dossier tells: 10 June 2021, the day STIX 2.1 became an OASIS
// Standard. A fixed time keeps one identifier at one version across
// exports; it is never the Unix epoch.
var Epoch = time.Date(2021, 6, 10, 0, 0, 0, 0, time.UTC)

// timestamp formats t as a STIX timestamp: UTC, millisecond precision.
func timestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}
