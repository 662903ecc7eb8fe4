// Command sleeve is a terminal music explorer that writes sleeve notes for a
// person's own music library and recommends from it through conversation.
package main

func main() {}
