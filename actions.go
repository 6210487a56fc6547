package dossier

import (
	"context"
	"errors"
	"time"
)

// JudgementKind names what an analyst judged.
type JudgementKind string

// Kinds of judgement. Each says what its Target and Value hold.
const (
	// JudgeReliability grades an outlet: Target is the outlet's name as
	// its articles sign (Article.Source), Value its Admiralty
	// source-reliability grade, "A" to "F".
	JudgeReliability JudgementKind = "reliability"
	// JudgeWrongClaim marks a claim wrong, so that the assessment leaves
	// it out: Target is the claim's ID; Value is a free-text reason.
	JudgeWrongClaim JudgementKind = "wrong-claim"
	// JudgeDismiss dismisses a hypothesis of a story: Target is
	// DismissTarget(anchor, agent), where anchor is the ID of the story's
	// first article (story IDs are renumbered as stories are rebuilt;
	// article IDs are content hashes and stay); Value is a reason.
	JudgeDismiss JudgementKind = "dismiss"
	// JudgeMerge merges two entities: Target is the entity ID merged away,
	// Value the ID of the entity it now counts as.
	JudgeMerge JudgementKind = "merge"
)

// Judgement is one analyst's decision that changes how a dossier is
// assessed. Judgements persist in the store; the analyses they act on are
// recomputed from the articles, so a judgement names what it acts on by
// stable keys (outlet names, claim and entity IDs, article IDs).
type Judgement struct {
	Kind   JudgementKind
	Target string
	Value  string
	// By is the name of the token that made the judgement, "" when
	// unknown.
	By string
	// At is when it was made.
	At time.Time
}

// DismissTarget is the Target of a JudgeDismiss judgement: the story's
// anchor article ID and the hypothesis's agent ("" for other / unknown).
func DismissTarget(anchor, agent string) string { return anchor + "|" + agent }

// JudgementStore keeps the analyst's judgements: one per kind and target,
// the latest winning.
type JudgementStore interface {
	// Judge records a judgement, replacing any earlier one of the same
	// kind and target.
	Judge(ctx context.Context, j Judgement) error
	// Retract removes the judgement of a kind on a target; retracting
	// one that does not exist is not an error.
	Retract(ctx context.Context, kind JudgementKind, target, by string) error
	// Judgements returns every standing judgement, oldest first.
	Judgements(ctx context.Context) ([]Judgement, error)
}

// Token is an API token as the store keeps it: the secret itself is never
// stored, only its SHA-256 hash.
type Token struct {
	ID      int64
	Name    string
	Created time.Time
	// LastUsed is when the token was last verified, or nil.
	LastUsed *time.Time
}

// ErrBadToken is returned when a presented token is not one of the store's.
var ErrBadToken = errors.New("invalid or revoked token")

// TokenStore issues and checks the bearer tokens that guard writes.
type TokenStore interface {
	// CreateToken makes a new random token, stores its hash under name,
	// and returns the secret: the only time it is ever seen.
	CreateToken(ctx context.Context, name string) (secret string, t Token, err error)
	// VerifyToken returns the token whose secret this is, or ErrBadToken.
	VerifyToken(ctx context.Context, secret string) (Token, error)
	// Tokens lists the stored tokens, without secrets.
	Tokens(ctx context.Context) ([]Token, error)
	// RevokeToken deletes a token; ErrNotFound when there is none.
	RevokeToken(ctx context.Context, id int64) error
}
