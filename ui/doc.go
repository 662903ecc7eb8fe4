// Package ui is a placeholder until its issue lands.
package ui
