// Package library is the person's music collection: scanning folders, reading
// tags, decoding audio, measuring features and keeping it all in SQLite.
package library
