// Package engine is a placeholder until its issue lands.
package engine
