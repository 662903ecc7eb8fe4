// Package engine ranks the library for a conversational request.
//
// The ranking core is pure: a [Catalog] is built once from plain
// [TrackRow] values that the caller loads from the store, a [Query] is
// resolved from a models.Request ([FromRequest]), a [Taste] is learned from
// stored [Feedback] events ([LearnTaste]), and [Ranker.Rank] turns the three
// into a [Result] whose items carry a score breakdown and reasons taken from
// the signals that ranked them.
//
// Every track in the catalogue is scored by an exact scan (no approximate
// index): semantic similarity of the request to note embeddings, BM25 over
// note and tag text, fit to tempo, energy, mode and mood, timbre similarity
// to seed tracks, the learned taste, and the listening context. The best
// candidates kept by a bounded heap are then re-scored against the taste's
// liked and disliked exemplars, and re-ranked for diversity (MMR) under
// per-artist and per-album caps, a novelty dial and an exposure penalty.
//
// A [Session] keeps the conversation: every turn refines the request, the
// last turn can be undone, and the whole session serialises to JSON.
package engine
