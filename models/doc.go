// Package models is a placeholder until its issue lands.
package models
